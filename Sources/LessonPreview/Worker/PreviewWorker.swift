import Foundation
import LessonDocument
import LessonHTML
import LessonRunner

/// The process that runs a previewed lesson's cells, started by the server as `lesson preview-worker`: it reads
/// each saved text of the lesson on standard input (``WorkerRequest``) and writes the page, the cells' states
/// and progress as events (``WorkerEvent``).
///
/// A save runs the lesson again from the first cell it changed (``LessonChange``), with the state the cells
/// above left: before running a cell, the worker forks a paused copy of itself (a ``Checkpoint``, when it is
/// alone in its process and the limits allow), and for an edit of cell `k` the latest copy at or before `k` takes
/// over, while the worker that was running exits. A save during a run cancels it the same way: the running cell
/// dies with its process. An edit that changes no cell and no setting renders the page again without running
/// anything; an edit below the running cell only changes what runs next.
///
/// The worker starts by forking a fresh copy of itself, before any session: the checkpoint that a changed seed or
/// print option resumes (a full run), and that stays when every other one is discarded.
public final class PreviewWorker {
    private let settings: WorkerSettings
    private let runner: LessonRunner
    private let events: EventChannel
    private let progress: WorkerProgress
    private var requests = LineReader(descriptor: STDIN_FILENO)
    private var store: CheckpointStore
    /// The lesson as last saved in a form that can run.
    private var input: LessonInput?
    /// A saved lesson to switch to once the running cell has finished.
    private var pendingInput: LessonInput?
    private var revision = 0
    private var session: LessonSession?
    /// The outcomes of cells `0..<outcomes.count`, which have run in `session`.
    private var outcomes: [CellOutcome] = []
    private var running: CellRun?
    /// Where the current run started: its first cell and the checkpoint it resumed (0: a fresh session).
    private var runStart: (cell: Int, checkpoint: Int)?
    private var lastPage: String?
    private var noticedCheckpointsOff = false

    /// Runs a worker for `settings` on this process's standard input, with events on `eventDescriptor`, until
    /// the input ends.
    public static func run(settings: WorkerSettings, eventDescriptor: Int32) -> Never {
        // Forked copies reap nothing themselves, and a paused copy that is gone must not kill its writer.
        signal(SIGCHLD, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        if let limit = settings.memoryLimit { ProcessSettings.memoryLimit = limit }
        let worker = PreviewWorker(settings: settings, events: EventChannel(descriptor: eventDescriptor))
        worker.makeFreshCheckpoint()
        worker.serve()
    }

    private init(settings: WorkerSettings, events: EventChannel) {
        self.settings = settings
        self.runner = LessonRunner(
            timeout: settings.timeout, dataFolder: settings.dataFolder, flags: Set(settings.flags))
        self.events = events
        self.progress = WorkerProgress(events: events)
        self.store = CheckpointStore(limits: settings.checkpoints)
    }

    /// Runs cells while there are cells to run, and waits for saves otherwise.
    private func serve() -> Never {
        while true {
            if let input, let session, outcomes.count < input.lesson.cells.count {
                if checkpointBeforeNextCell() { continue }
                startCell(outcomes.count, of: session)
                waitForCellOrSave()
            } else {
                finishRun()
                waitForSave()
            }
        }
    }

    // MARK: Saves

    private func waitForSave() {
        guard let line = try? requests.nextLine() else { _exit(0) }
        handle(line)
    }

    /// Waits for the running cell to finish, handling any save that comes first.
    private func waitForCellOrSave() {
        guard let cell = running else { return }
        while running != nil {
            let ready = (try? FileDescriptor.waitForInput([STDIN_FILENO, cell.doneDescriptor])) ?? []
            if ready.contains(0) {
                guard let (lines, ended) = try? requests.availableLines(), !ended else { _exit(0) }
                // Only the latest text matters: older saves in the pipe are superseded.
                if let line = lines.last { handle(line) }
            }
            if ready.contains(1), running != nil { finishCell() }
        }
    }

    /// Takes a save: shows a problem with the text, renders the page again, or runs from the first changed cell.
    private func handle(_ line: [UInt8]) {
        guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line)) else { return }
        revision = request.revision
        progress.revision.store(revision, ordering: .relaxed)
        let edited: LessonInput
        do {
            edited = try LessonInput(path: settings.path, lesson: Lesson(bytes: Array(request.text.utf8)))
        } catch {
            events.send(.problem(revision: revision, message: String(describing: error)))
            return
        }
        switch LessonChange(from: input, to: edited) {
        case .none, .page:
            adopt(edited)
        case .cells(let first):
            // The state is good when the cells that ran, and the one running, are unchanged.
            let settled = outcomes.count + (running == nil ? 0 : 1)
            if session != nil, first >= settled {
                adopt(edited)
                for stale in store.removeAll(after: first) { CheckpointFork.discard(stale) }
                if runStart == nil { runStart = (first, outcomes.count) }
            } else {
                runAgain(from: first, edited: edited, request: request)
            }
        }
        sendPage()
    }

    /// Makes `edited` the lesson: the cells that ran keep their outcomes, placed where the edit moved them. While
    /// a cell runs, the session switches once it has finished.
    private func adopt(_ edited: LessonInput) {
        input = edited
        outcomes = outcomes.map { $0.placed(at: edited.lesson.cells[$0.cell.index]) }
        if running == nil {
            session?.input = edited
        } else {
            pendingInput = edited
        }
    }

    /// Runs from cell `first` of `edited`: in the latest checkpoint at or before it, which takes over while this
    /// process exits, or here in a new session when nothing has run yet.
    private func runAgain(from first: Int, edited: LessonInput, request: WorkerRequest) {
        for stale in store.removeAll(after: first) { CheckpointFork.discard(stale) }
        if session == nil, running == nil {
            startSession(edited, at: 0)
            return
        }
        let message = (try? JSONEncoder().encode(request)).map { Array($0) } ?? []
        while let checkpoint = store.latest(atOrBefore: first) {
            events.hold()
            if CheckpointFork.resume(checkpoint, with: message) { _exit(0) }
            events.release()
            store.remove(checkpoint)
        }
        // No checkpoint is left, not even the fresh one: only a new worker can run this save.
        events.send(.notice("the worker lost its checkpoints and starts again"))
        _exit(0)
    }

    // MARK: Cells

    private func startSession(_ edited: LessonInput, at checkpoint: Int) {
        input = edited
        session = LessonSession(runner: runner, input: edited, progress: progress, forkableBetweenCells: true)
        outcomes = []
        runStart = (0, checkpoint)
    }

    private func startCell(_ index: Int, of session: LessonSession) {
        progress.cell.store(index, ordering: .relaxed)
        do {
            running = try CellRun(session: session, index: index)
        } catch {
            events.send(.notice("cannot run a cell: \(error)"))
            _exit(0)
        }
        sendPage(rendering: false)
    }

    private func finishCell() {
        guard let cell = running, let outcome = cell.finish() else { return }
        running = nil
        if let pendingInput {
            session?.input = pendingInput
            self.pendingInput = nil
        }
        if let input {
            outcomes.append(outcome.placed(at: input.lesson.cells[cell.index]))
        }
        sendPage()
    }

    private func finishRun() {
        guard let start = runStart else { return }
        runStart = nil
        events.send(
            .finished(
                revision: revision, firstCell: start.cell, checkpoint: start.checkpoint,
                ran: outcomes.count - start.cell, failed: outcomes.filter(\.isFailure).count))
    }

    // MARK: Checkpoints

    /// Forks the fresh copy, before any session; a resumed copy runs the message's text from the start.
    private func makeFreshCheckpoint() {
        switch try? CheckpointFork.make(position: 0, cost: .zero) {
        case .made(let checkpoint):
            store.add(checkpoint)
        case .resumed(let message, let paused):
            if let paused { store.add(paused) }
            resumeWith(message, at: 0)
        case nil:
            events.send(.notice("checkpoints are off: the worker cannot fork"))
        }
    }

    /// Before the next cell runs, forks a checkpoint when the limits allow and the process is alone; `true` when
    /// this process is a worker just resumed from one (its state has changed: look again at what to run).
    private func checkpointBeforeNextCell() -> Bool {
        let position = outcomes.count
        guard position > 0, settings.checkpoints.count > 0, !store.contains(position: position) else { return false }
        guard ProcessThreads.waitUntilAlone() else {
            if !noticedCheckpointsOff {
                noticedCheckpointsOff = true
                events.send(
                    .notice(
                        "a cell left threads running (\(ProcessThreads.count) threads): no checkpoints after it; edits "
                            + "above run from an earlier one"))
            }
            return false
        }
        let cost = outcomes.reduce(Duration.zero) { $0 + $1.duration }
        switch try? CheckpointFork.make(position: position, cost: cost) {
        case .made(let checkpoint):
            if let replaced = store.add(checkpoint) { CheckpointFork.discard(replaced) }
            for surplus in store.removeSurplus(privateBytes: { ProcessMemory.privateBytes(of: $0.pid) }) {
                CheckpointFork.discard(surplus)
            }
            return false
        case .resumed(let message, let paused):
            if let paused { store.add(paused) }
            resumeWith(message, at: position)
            return true
        case nil:
            return false
        }
    }

    /// In a worker resumed from the checkpoint after `position` cells: takes the save in `message` and runs from
    /// that cell (from the start, in a new session, for the fresh copy).
    private func resumeWith(_ message: [UInt8], at position: Int) {
        guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(message)),
            let edited = try? LessonInput(path: settings.path, lesson: Lesson(bytes: Array(request.text.utf8)))
        else { _exit(0) }
        revision = request.revision
        progress.revision.store(revision, ordering: .relaxed)
        if position == 0 {
            startSession(edited, at: 0)
        } else {
            outcomes = Array(outcomes.prefix(position))
            adopt(edited)
            runStart = (position, position)
        }
        sendPage()
    }

    // MARK: The page

    /// Sends each cell's state, and the page when it changed; `rendering: false` when only the states can have
    /// changed (a cell starts).
    private func sendPage(rendering: Bool = true) {
        guard let input else { return }
        var html: String?
        if rendering {
            let options = PageOptions(
                allowsUnsafeHTML: settings.allowsUnsafeHTML, indexLink: settings.indexLink, script: settings.pageScript)
            let page = LessonPage(
                lesson: input.lesson, path: settings.path, cells: outcomes.compactMap(\.rendered), options: options
            ).html
            if page != lastPage { html = page }
            lastPage = page
        }
        let states = input.lesson.cells.indices.map(state(ofCell:))
        events.send(.page(revision: revision, html: html, states: states))
    }

    private func state(ofCell index: Int) -> CellState {
        if index < outcomes.count {
            let outcome = outcomes[index]
            return !outcome.ran ? .skipped : outcome.isFailure ? .failed : .done
        }
        return index == running?.index ? .running : .queued
    }
}
