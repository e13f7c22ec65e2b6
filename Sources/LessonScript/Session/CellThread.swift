import Foundation

/// The thread a session runs its cells on: one thread with a large stack, made once and kept for the session's
/// life, so a cell does not pay for a new thread and a new stack (a lesson of 50,000 one-line cells would
/// otherwise spend most of its time making threads). Work is handed over one piece at a time and waited for.
///
/// ```swift
/// let thread = CellThread(stackSize: 512 << 20)
/// let answer = thread.run { 6 * 7 }   // 42, computed on the cell thread
/// thread.stop()
/// ```
final class CellThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: (() -> Void)?
    private var stopping = false

    /// Starts the thread, with a stack of `stackSize` bytes.
    init(stackSize: Int) {
        let thread = Thread { [self] in serve() }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on the thread and waits for its result.
    func run<Result>(_ body: @escaping () -> Result) -> Result {
        let box = ThreadResult<Result>()
        let done = DispatchSemaphore(value: 0)
        condition.lock()
        work = {
            box.result = body()
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        guard let result = box.result else { preconditionFailure("the cell thread finished without a result") }
        return result
    }

    /// Lets the thread end once it is idle.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    /// The thread's loop: waits for work, runs it, until stopped.
    private func serve() {
        while true {
            condition.lock()
            while work == nil && !stopping { condition.wait() }
            let next = work
            work = nil
            condition.unlock()
            guard let next else { return }
            next()
        }
    }
}

/// What a thread hands back to the thread that waits for it.
final class ThreadResult<Result>: @unchecked Sendable {
    var result: Result?
}
