import Foundation

/// The worker's end of the event pipe to the server. Each event goes out as one JSON line, written whole under a
/// lock: the cell's thread reports progress while the main thread reports pages, and a process that hands over
/// to a checkpoint must not leave half a line behind when it exits.
///
/// ```swift
/// let events = EventChannel(descriptor: eventPipe)
/// events.send(.notice("checkpoints are off"))
/// ```
final class EventChannel: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private let encoder = JSONEncoder()

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes `event` as one line. A server that has gone away ends the worker: nobody is left to read.
    func send(_ event: WorkerEvent) {
        guard let data = try? encoder.encode(event) else { return }
        lock.lock()
        defer { lock.unlock() }
        do {
            try FileDescriptor.write(Array(data) + [UInt8(ascii: "\n")], to: descriptor)
        } catch {
            _exit(0)
        }
    }

    /// Takes the lock, so that no other thread of this process starts an event: a process hands over to a
    /// checkpoint holding it, and exits; ``release()`` undoes it when the handover failed.
    func hold() {
        lock.lock()
    }

    /// Lets events be sent again after ``hold()``.
    func release() {
        lock.unlock()
    }
}
