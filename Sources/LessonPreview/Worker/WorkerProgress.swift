import LessonRunner
import Synchronization

/// The worker's progress reporter: a running cell's long work (fit's epochs, large loads) reported to the server
/// as events, at most ten a second, so that the page can draw a progress bar under the cell.
///
/// The main thread sets ``cell`` and ``revision`` before it starts a cell; the cell's thread reports.
final class WorkerProgress: ProgressReporter {
    /// The running cell's index.
    let cell = Atomic<Int>(0)
    /// The revision being shown.
    let revision = Atomic<Int>(0)
    private let events: EventChannel
    private var label = ""
    private var total = 0
    private var lastSent = ContinuousClock.now
    private static let interval = Duration.milliseconds(100)

    init(events: EventChannel) {
        self.events = events
    }

    func start(_ label: String, total: Int) {
        (self.label, self.total) = (label, total)
        send(completed: 0)
    }

    func update(_ completed: Int) {
        guard ContinuousClock.now - lastSent >= Self.interval || completed == total else { return }
        send(completed: completed)
    }

    func finish() {
        send(completed: total)
    }

    private func send(completed: Int) {
        lastSent = ContinuousClock.now
        events.send(
            .progress(
                revision: revision.load(ordering: .relaxed), cell: cell.load(ordering: .relaxed), label: label,
                completed: completed, total: total))
    }
}
