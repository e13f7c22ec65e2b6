import Foundation

/// Runs independent pieces of work on up to `jobs` threads and hands the results back in input order, each as
/// soon as it and every earlier one are done, on the calling thread. `lesson check --jobs N` runs lessons this
/// way, so its output is the same whatever N is, never interleaved.
///
/// ```swift
/// OrderedWork.run(count: inputs.count, jobs: 4) { index in
///     LessonCheck(runner.run(inputs[index]))
/// } deliver: { index, check in
///     print(check.report(style: .plain))
/// }
/// ```
public enum OrderedWork {
    /// Calls `work` for every index in `0..<count`, on `jobs` threads (1: on the calling thread), and `deliver`
    /// with each result in index order on the calling thread.
    public static func run<Result>(
        count: Int, jobs: Int, work: @escaping (Int) -> Result, deliver: (Int, Result) -> Void
    ) {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        let state = SharedState<Result>(count: count)
        for _ in 0..<min(jobs, count) {
            Thread {
                while let index = state.nextIndex() {
                    state.finish(index, with: work(index))
                }
            }.start()
        }
        for index in 0..<count {
            deliver(index, state.wait(for: index))
        }
    }

    /// The next index to work on and the finished results, behind one condition lock.
    private final class SharedState<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var results: [Result?]

        init(count: Int) {
            results = Array(repeating: nil, count: count)
        }

        func nextIndex() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ index: Int, with result: Result) {
            condition.lock()
            results[index] = result
            condition.broadcast()
            condition.unlock()
        }

        func wait(for index: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            let result = results[index]!
            results[index] = nil
            return result
        }
    }
}
