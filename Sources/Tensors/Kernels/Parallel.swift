import Foundation

/// How many threads the kernels use. Results never depend on it: work is split so that every output element is
/// computed by the same sequence of operations whatever the thread count.
///
/// ```swift
/// Parallelism.threadCount = 1   // run every kernel on the calling thread
/// ```
public enum Parallelism {
    /// The number of worker threads kernels may use (defaults to the number of active cores).
    nonisolated(unsafe) public static var threadCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Ends the kernels' worker threads, which start again with the next parallel kernel; returns `false`,
    /// stopping nothing, while another thread runs a kernel. A process calls it before it forks, so that it
    /// forks with no other thread at work: the child has only the thread that forked (`lesson preview` keeps
    /// forked copies of a lesson's session as checkpoints).
    ///
    /// ```swift
    /// if Parallelism.stopWorkerThreads() { let pid = fork() }
    /// ```
    @discardableResult
    public static func stopWorkerThreads() -> Bool {
        KernelThreads.shared.stop()
    }

    /// Runs `body` for every index in `0..<iterations`, on the kernel threads and the calling thread (GCD's
    /// threads only while the kernel threads are taken), and returns when all have run: for work outside the
    /// kernels, such as decoding many image files, that should use the threads ``stopWorkerThreads()`` can stop.
    ///
    /// ```swift
    /// Parallelism.concurrentPerform(iterations: files.count) { index in decode(files[index]) }
    /// ```
    public static func concurrentPerform(iterations: Int, execute body: (Int) -> Void) {
        guard iterations > 1, threadCount > 1 else {
            for index in 0..<max(iterations, 0) { body(index) }
            return
        }
        if !KernelThreads.shared.run(chunks: iterations, body) {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
        }
    }

    /// Below this many elements per thread a kernel is not worth splitting.
    static let grain = 32_768

    /// Runs `body` over `0..<count` split into contiguous ranges, in parallel when the work is large enough.
    /// `body` must only write to locations owned by its range.
    @inline(__always)
    static func forEachRange(count: Int, grain: Int = grain, _ body: (Range<Int>) -> Void) {
        let chunks = min(threadCount, count / max(grain, 1))
        if chunks <= 1 {
            if count > 0 { body(0..<count) }
            return
        }
        let runChunk = { (chunk: Int) in
            body(count * chunk / chunks..<count * (chunk + 1) / chunks)
        }
        // The pool's polling workers start at once; when it is taken (a nested kernel, another thread's), GCD.
        if !KernelThreads.shared.run(chunks: chunks, runChunk) {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: runChunk)
        }
    }
}
