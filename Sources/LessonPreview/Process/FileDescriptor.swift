import Foundation

/// Plain reads and writes on file descriptors (pipes between the preview's processes), retried when a signal
/// interrupts them. Nothing here starts a thread or uses Dispatch: the worker forks, and must stay a process
/// with one thread whenever it does.
///
/// ```swift
/// let (read, write) = try FileDescriptor.pipe()
/// try FileDescriptor.write(Array("ready\n".utf8), to: write)
/// ```
enum FileDescriptor {
    /// A failed system call, with its name and `errno`.
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32

        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    /// A new pipe whose ends are closed on `exec` (its read end first).
    static func pipe() throws(Failure) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw Failure(call: "pipe", code: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Writes all of `bytes`; a pipe's reader sees a write of up to `PIPE_BUF` (4096) bytes whole.
    static func write(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(call: "write", code: errno)
            }
            offset += written
        }
    }

    /// Reads what is there, up to `limit` bytes, waiting for at least one; an empty result is the end of the
    /// stream (every writer closed its end).
    static func read(from descriptor: Int32, limit: Int = 65536) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, limit) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { throw Failure(call: "read", code: errno) }
        }
    }

    /// Waits until one of `descriptors` can be read (or has reached its end) and returns their indices; an
    /// empty result when `timeout` (milliseconds, -1 for none) passed first.
    static func waitForInput(_ descriptors: [Int32], timeout: Int32 = -1) throws(Failure) -> [Int] {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            let ready = poll(&polled, nfds_t(polled.count), timeout)
            if ready >= 0 { break }
            if errno != EINTR { throw Failure(call: "poll", code: errno) }
        }
        return polled.indices.filter { polled[$0].revents != 0 }
    }

    /// Closes `descriptor`, ignoring errors (it is no longer wanted).
    static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }
}
