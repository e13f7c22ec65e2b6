import Foundation
import Tensors

/// The threads of this process, as Linux lists them in `/proc/self/task`, and the wait for a process that forks
/// to be down to one: a forked child has only the thread that called `fork`, so any lock another thread held at
/// that moment would stay locked in the child for ever. The preview's worker forks only once it is alone.
///
/// ```swift
/// if ProcessThreads.waitUntilAlone() { let pid = fork() }
/// ```
enum ProcessThreads {
    /// The number of threads in the process (1 where `/proc` cannot be read, which only the fork's caller
    /// would notice: it then forks as it would have anyway).
    static var count: Int {
        guard let folder = opendir("/proc/self/task") else { return 1 }
        defer { closedir(folder) }
        var threads = 0
        while let entry = readdir(folder) {
            if entry.pointee.d_name.0 != UInt8(ascii: ".") { threads += 1 }
        }
        return threads
    }

    /// Ends the kernels' worker threads and waits up to `timeout` for every other thread to be gone (a cell's
    /// thread that has just finished is still exiting); `true` when the calling thread is alone.
    static func waitUntilAlone(timeout: Duration = .milliseconds(200)) -> Bool {
        guard Parallelism.stopWorkerThreads() else { return false }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while count > 1 {
            guard clock.now < deadline else { return false }
            usleep(100)
        }
        return true
    }
}
