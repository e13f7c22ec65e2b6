import Foundation
import Synchronization

/// One lesson under preview, on the server's side: the watch on its file, its worker, and what its page's
/// browsers are shown. Each save of the file goes to the worker as a new revision; the worker's events update
/// the page, the cells' states and progress, and go out to every browser showing the page. The file is only
/// ever read.
///
/// ```swift
/// let lesson = PreviewedLesson(path: "lessons/x.md", worker: settings, executable: lessonPath) { print($0) }
/// lesson.start()
/// for await event in lesson.subscribe() { send(event.text) }
/// ```
final class PreviewedLesson: Sendable {
    /// The lesson file, as given.
    let path: String
    private let settings: WorkerSettings
    private let executable: String
    private let report: @Sendable (String) -> Void
    private let state = Mutex(State())
    /// Held while a save is read and sent, so that saves reach the worker in order.
    private let sending = Mutex(())

    /// What the browsers are shown, and the worker and watch behind it.
    private struct State {
        var worker: WorkerProcess?
        var watcher: FileWatcher?
        var stopped = false
        /// The last revision sent and the bytes it had.
        var revision = 0
        var sentText: [UInt8]?
        var sentAt: [Int: ContinuousClock.Instant] = [:]
        var page: String?
        /// The revision the page and states show.
        var shownRevision = 0
        var states: [CellState] = []
        var problem: String?
        var fileProblem: String?
        /// The last finished run: its revision and how many cells failed.
        var finished: (revision: Int, failed: Int)?
        var browsers: [UUID: AsyncStream<BrowserEvent>.Continuation] = [:]
    }

    /// A preview of the lesson at `path`, run by `executable preview-worker` with `settings`; `report` writes a
    /// line on the terminal.
    init(path: String, settings: WorkerSettings, executable: String, report: @escaping @Sendable (String) -> Void) {
        self.path = path
        self.settings = settings
        self.executable = executable
        self.report = report
    }

    /// Starts watching the file and the worker, and sends the file as it is now.
    func start() {
        startWorker()
        let watcher = FileWatcher(path: path) { [weak self] in self?.fileChanged() }
        state.withLock { $0.watcher = watcher }
        fileChanged()
    }

    /// Stops the worker and the watch, and ends the browsers' streams.
    func stop() {
        let (worker, watcher, browsers) = state.withLock { state in
            state.stopped = true
            defer { state.browsers = [:] }
            return (state.worker, state.watcher, Array(state.browsers.values))
        }
        watcher?.stop()
        worker?.stop()
        for browser in browsers { browser.finish() }
    }

    /// How many cells failed in the last finished run (`nil`: none has finished yet).
    var failedCells: Int? { state.withLock { $0.finished?.failed } }

    /// The page as last rendered, waiting up to `timeout` for the first one; `nil` if there is none yet.
    func page(waiting timeout: Duration = .seconds(10)) async -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let (page, problem) = state.withLock { ($0.page, $0.problem ?? $0.fileProblem) }
            if page != nil || problem != nil || clock.now >= deadline { return page }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    /// The problem shown, if any.
    var problem: String? { state.withLock { $0.problem ?? $0.fileProblem } }

    /// The events for one browser: first what it must show now, then every change.
    func subscribe() -> AsyncStream<BrowserEvent> {
        let (stream, continuation) = AsyncStream<BrowserEvent>.makeStream()
        let id = UUID()
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.browsers.removeValue(forKey: id) }
        }
        state.withLock { state in
            guard !state.stopped else { return continuation.finish() }
            let shown = state.shownRevision
            if let page = state.page { continuation.yield(.page(revision: shown, html: page)) }
            continuation.yield(.states(revision: shown, states: state.states))
            continuation.yield(.problem(revision: shown, message: state.problem ?? state.fileProblem))
            if let finished = state.finished {
                continuation.yield(.finished(revision: finished.revision, failed: finished.failed))
            }
            state.browsers[id] = continuation
        }
        return stream
    }

    // MARK: The file

    /// Reads the file and sends it to the worker when its bytes changed; a file that cannot be read is a problem
    /// shown over the last page.
    private func fileChanged() {
        sending.withLock { _ in sendFile() }
    }

    private func sendFile() {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let message = "\(path): the file cannot be read (deleted?); the page shows its last version."
            let changed = state.withLock { state in
                defer { state.fileProblem = message }
                return state.fileProblem != message
            }
            if changed {
                report(message)
                broadcast { .problem(revision: $0.revision, message: message) }
            }
            return
        }
        let wasMissing = state.withLock { state in
            defer { state.fileProblem = nil }
            return state.fileProblem != nil
        }
        if wasMissing { broadcast { .problem(revision: $0.shownRevision, message: $0.problem) } }
        let request: (WorkerProcess?, WorkerRequest)? = state.withLock { state in
            guard bytes != state.sentText else { return nil }
            state.revision += 1
            state.sentText = bytes
            state.sentAt[state.revision] = ContinuousClock.now
            return (state.worker, WorkerRequest(revision: state.revision, text: String(decoding: bytes, as: UTF8.self)))
        }
        guard let (worker, request) = request else { return }
        worker?.send(request)
    }

    // MARK: The worker

    private func startWorker() {
        do {
            let worker = try WorkerProcess(executable: executable, settings: settings) { [weak self] event in
                guard let self else { return }
                if let event { self.handle(event) } else { self.workerEnded() }
            }
            state.withLock { $0.worker = worker }
        } catch {
            report("\(path): cannot start a worker: \(error)")
        }
    }

    /// A worker that ends while the preview goes on is replaced, and given the file again.
    private func workerEnded() {
        let restart = state.withLock { state in
            guard !state.stopped else { return false }
            state.worker?.stop()
            state.worker = nil
            state.sentText = nil
            return true
        }
        guard restart else { return }
        report("\(path): the worker stopped; starting a new one")
        startWorker()
        fileChanged()
    }

    private func handle(_ event: WorkerEvent) {
        switch event {
        case .page(let revision, let html, let states):
            let cleared = state.withLock { state in
                if let html { state.page = html }
                state.states = states
                state.shownRevision = revision
                defer { state.problem = nil }
                return state.problem != nil
            }
            if cleared { broadcast { .problem(revision: revision, message: $0.fileProblem) } }
            if let html { broadcast { _ in .page(revision: revision, html: html) } }
            broadcast { _ in .states(revision: revision, states: states) }
        case .progress(let revision, let cell, let label, let completed, let total):
            broadcast { _ in .progress(revision: revision, cell: cell, label: label, completed: completed, total: total)
            }
        case .finished(let revision, let firstCell, let checkpoint, let ran, let failed):
            let started = state.withLock { state in
                state.finished = (revision, failed)
                return state.sentAt.removeValue(forKey: revision)
            }
            let seconds = started.map { (ContinuousClock.now - $0) / .seconds(1) }
            report(
                RunReport(
                    path: path, firstCell: firstCell, checkpoint: checkpoint, ran: ran, failed: failed,
                    seconds: seconds
                ).text)
            broadcast { _ in .finished(revision: revision, failed: failed) }
        case .problem(let revision, let message):
            state.withLock { $0.problem = message }
            report(message)
            broadcast { _ in .problem(revision: revision, message: message) }
        case .notice(let message):
            report("\(path): \(message)")
        }
    }

    /// Sends the event `make` gives for the current state to every browser.
    private func broadcast(_ make: (State) -> BrowserEvent) {
        let (event, browsers) = state.withLock { (make($0), Array($0.browsers.values)) }
        for browser in browsers { browser.yield(event) }
    }
}
