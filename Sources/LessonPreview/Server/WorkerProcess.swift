import Foundation

/// A previewed lesson's worker process (``PreviewWorker``), seen from the server: `lesson preview-worker`
/// started in a process group of its own, which its checkpoints join, so that stopping it ends them all. Saves
/// go to its standard input; its events are read on a thread of their own and handed to `onEvent`, then `nil`
/// once no process of the group is left to write.
///
/// ```swift
/// let worker = try WorkerProcess(executable: "/usr/local/bin/lesson", settings: settings) { event in ... }
/// worker.send(WorkerRequest(revision: 1, text: text))
/// worker.stop()
/// ```
final class WorkerProcess: @unchecked Sendable {
    private let pid: pid_t
    private let requestDescriptor: Int32
    private let lock = NSLock()
    private var stopped = false

    /// Starts `executable preview-worker SETTINGS`.
    ///
    /// - Throws: ``FileDescriptor/Failure`` when the process cannot be started.
    init(
        executable: String, settings: WorkerSettings, onEvent: @escaping @Sendable (WorkerEvent?) -> Void
    )
        throws(FileDescriptor.Failure)
    {
        let settingsJSON = String(decoding: (try? JSONEncoder().encode(settings)) ?? Data(), as: UTF8.self)
        let requests = try FileDescriptor.pipe()
        let events: (read: Int32, write: Int32)
        do {
            events = try FileDescriptor.pipe()
        } catch {
            FileDescriptor.close(requests.read)
            FileDescriptor.close(requests.write)
            throw error
        }
        defer {
            FileDescriptor.close(requests.read)
            FileDescriptor.close(events.write)
        }
        pid = try Spawn.start(
            [executable, "preview-worker", settingsJSON],
            descriptors: [STDIN_FILENO: requests.read, STDOUT_FILENO: events.write], newGroup: true)
        requestDescriptor = requests.write
        let thread = Thread {
            var reader = LineReader(descriptor: events.read)
            let decoder = JSONDecoder()
            while let line = try? reader.nextLine() {
                if let event = try? decoder.decode(WorkerEvent.self, from: Data(line)) { onEvent(event) }
            }
            FileDescriptor.close(events.read)
            onEvent(nil)
        }
        thread.name = "lesson-preview-events"
        thread.start()
    }

    /// Sends a save to the worker (nothing once it has stopped).
    func send(_ request: WorkerRequest) {
        guard let data = try? JSONEncoder().encode(request) else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        try? FileDescriptor.write(Array(data) + [UInt8(ascii: "\n")], to: requestDescriptor)
    }

    /// Ends the worker and its checkpoints.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        kill(-pid, SIGKILL)
        FileDescriptor.close(requestDescriptor)
    }
}
