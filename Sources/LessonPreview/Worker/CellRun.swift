import Foundation
import LessonRunner

/// One cell running on a thread of its own, so that the worker's main thread stays free to read the server's
/// requests (a save during a run cancels it). The main thread waits for ``doneDescriptor`` to be readable,
/// then takes the outcome with ``finish()``.
///
/// ```swift
/// let run = try CellRun(session: session, index: 4)
/// _ = try FileDescriptor.waitForInput([run.doneDescriptor])
/// let outcome = run.finish()
/// ```
final class CellRun: @unchecked Sendable {
    /// The cell's index.
    let index: Int
    /// Readable once the cell has finished.
    let doneDescriptor: Int32
    private let signalDescriptor: Int32
    private var outcome: CellOutcome?

    /// Starts cell `index` of `session`.
    init(session: LessonSession, index: Int) throws(FileDescriptor.Failure) {
        self.index = index
        (doneDescriptor, signalDescriptor) = try FileDescriptor.pipe()
        let thread = Thread { [self] in
            outcome = session.run(cellAt: index)
            try? FileDescriptor.write([1], to: signalDescriptor)
        }
        thread.start()
    }

    /// The finished cell's outcome (call once ``doneDescriptor`` is readable).
    func finish() -> CellOutcome? {
        _ = try? FileDescriptor.read(from: doneDescriptor, limit: 1)
        FileDescriptor.close(doneDescriptor)
        FileDescriptor.close(signalDescriptor)
        return outcome
    }
}
