import Learning
import LessonDocument
import LessonLibrary
import LessonScript

/// Runs lessons: one interpreter session per lesson, with the tensor library bound and the lesson's own tensor
/// context (seed and print options from its front matter), cells top to bottom.
///
/// A cell's time limit is, from the most specific: its `timeout=` option, the lesson's `timeout:`, the runner's
/// ``timeout`` (the CLI's `--timeout`), then the interpreter's default of 300 s. `no-run` cells are skipped.
/// A cell's error ends that cell only; the next one runs.
///
/// ```swift
/// let runner = LessonRunner(timeout: 60)
/// let run = runner.run(try LessonInput.load("lessons/x.md")) { outcome in
///     print("lessons/x.md:\(outcome.cell.location.line)")   // as each cell finishes
/// }
/// ```
public struct LessonRunner: Sendable {
    /// The time limit per cell, in seconds, for lessons and cells that set none.
    public var timeout: Double?

    /// A runner; `timeout` is the default time limit per cell.
    ///
    /// ```swift
    /// LessonRunner(timeout: 30)
    /// ```
    public init(timeout: Double? = nil) {
        self.timeout = timeout
    }

    /// Runs every cell of a lesson in a new session, calling `onCell` as each cell finishes; the cells' training
    /// and large loads report how far they have got to `progress` (`lesson run`'s bar on a terminal).
    ///
    /// ```swift
    /// let run = runner.run(input, progress: TerminalProgress(columns: { 80 }, write: { fputs($0, stderr) }))
    /// ```
    public func run(
        _ input: LessonInput, progress: (any ProgressReporter)? = nil, onCell: (CellOutcome) -> Void = { _ in }
    ) -> LessonRun {
        let settings = input.settings
        var options = ScriptSession.Options()
        if let limit = settings.timeout ?? timeout { options.timeLimit = limit }
        let lesson = LessonLibrary.makeLesson(
            seed: settings.seed, printOptions: settings.printOptions, options: options, progress: progress)
        var outcomes: [CellOutcome] = []
        for cell in input.lesson.cells {
            let outcome = run(cell, of: input, in: lesson)
            outcomes.append(outcome)
            onCell(outcome)
        }
        return LessonRun(input: input, cells: outcomes)
    }

    private func run(_ cell: Cell, of input: LessonInput, in lesson: LessonEnvironment) -> CellOutcome {
        guard !cell.options.noRun else {
            return CellOutcome(
                cell: cell, ran: false, printed: "", error: nil, duration: .zero, fileName: input.fileName)
        }
        let origin = SourceOrigin(file: input.path, line: cell.block.bodyStart.line)
        let result = lesson.session.run(cell.trimmedSource, origin: origin, timeLimit: cell.options.timeout)
        let displays = lesson.displays.finishCell(text: result.text)
        return CellOutcome(
            cell: cell, ran: true, printed: displays.text, displays: displays.outputs,
            error: result.error.map { CellError($0, in: cell, file: input.path) },
            duration: result.duration, fileName: input.fileName)
    }
}

extension Cell {
    /// The source without its final line break, which would otherwise show as an empty numbered line under a
    /// syntax error's annotated source.
    var trimmedSource: String {
        source.hasSuffix("\n") ? String(source.dropLast()) : source
    }
}
