import LessonDisplay
import LessonDocument

/// What running one cell of a lesson gave: its text output, its error and how long it took.
///
/// ```swift
/// let run = LessonRunner().run(input)
/// for outcome in run.cells where outcome.isFailure {
///     print(outcome.error!)   // lessons/x.md:14:9: error: Index out of range
/// }
/// ```
public struct CellOutcome: Sendable {
    /// The cell.
    public let cell: Cell
    /// Why the cell did not run (`no-run`, or flags not given); `nil` when it ran.
    public let skip: CellSkip?
    /// What the cell printed, then its final value's display (without any error message), then the text form of
    /// the figure it drew, if any.
    public let printed: String
    /// The rich outputs the cell showed (images, tables, its figure), each placed at its text form in `printed`.
    public let displays: [PlacedOutput]
    /// The error that stopped the cell, located in the file by the path as given.
    public let error: CellError?
    /// How long the cell ran.
    public let duration: Duration
    /// The file's name, as the text output names it in error messages.
    let fileName: String

    /// Creates an outcome (the runner does this; tests may too). `fileName` names the file in ``text``.
    ///
    /// ```swift
    /// CellOutcome(cell: cell, printed: "2\n", error: nil, duration: .milliseconds(1), fileName: "x.md")
    /// CellOutcome(cell: cell, skip: .noRun, printed: "", error: nil, duration: .zero, fileName: "x.md")
    /// ```
    public init(
        cell: Cell, skip: CellSkip? = nil, printed: String, displays: [PlacedOutput] = [], error: CellError?,
        duration: Duration, fileName: String
    ) {
        self.cell = cell
        self.skip = skip
        self.printed = printed
        self.displays = displays
        self.error = error
        self.duration = duration
        self.fileName = fileName
    }

    /// Whether the cell ran (`false` for `no-run` cells and cells whose flags were not given).
    public var ran: Bool { skip == nil }

    /// The cell's text output (printed text, then the final value's display or the error message), or `nil`
    /// when it has none or did not run. This is what `lesson update` writes into its output block; an error
    /// names the file by its name alone (``LessonInput/fileName``), so the text is the same wherever it runs.
    public var text: String? { text(at: cell) }

    /// The text output with an error located as if the cell were `placement` (the same cell, moved by a rewrite
    /// of the output blocks above it).
    func text(at placement: Cell) -> String? {
        guard ran else { return nil }
        var text = printed
        if let message = error?.placed(in: placement, file: fileName).description {
            text += text.isEmpty || text.hasSuffix("\n") ? message : "\n" + message
        }
        return text.contains { !$0.isWhitespace } ? text : nil
    }

    /// Whether the cell failed: an error in a cell not marked `expect-error`, or no error in one that is.
    public var isFailure: Bool { failure != nil }

    /// How the cell failed (its error, or the missing error of an `expect-error` cell), before any output is
    /// compared; `nil` when it did not fail or did not run.
    public var failure: CellFailure? {
        guard ran else { return nil }
        if cell.options.expectError { return error == nil ? .missingError : nil }
        return error.map(CellFailure.error)
    }
}
