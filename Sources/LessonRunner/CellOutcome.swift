import LessonDocument
import LessonScript

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
    /// Whether the cell ran (`false` for `no-run` cells).
    public let ran: Bool
    /// The cell's text output (printed text, then the final value's display or the error message), or `nil`
    /// when it has none or did not run. This is what `lesson update` writes into its output block; an error
    /// names the file by its name alone (``LessonInput/fileName``), so the text is the same wherever it runs.
    public let text: String?
    /// The error that stopped the cell, located in the file by the path as given.
    public let error: CellError?
    /// How long the cell ran.
    public let duration: Duration

    /// Creates an outcome (the runner does this; tests may too).
    ///
    /// ```swift
    /// CellOutcome(cell: cell, ran: true, text: "2\n", error: nil, duration: .milliseconds(1))
    /// ```
    public init(cell: Cell, ran: Bool, text: String?, error: CellError?, duration: Duration) {
        self.cell = cell
        self.ran = ran
        self.text = text
        self.error = error
        self.duration = duration
    }

    /// Whether the cell failed: an error in a cell not marked `expect-error`, or no error in one that is.
    public var isFailure: Bool {
        guard ran else { return false }
        return cell.options.expectError ? error == nil : error != nil
    }

    /// The output block's text for `lesson update`: the new text for a cell that ran, the current block for a
    /// `no-run` cell (`nil`: no block).
    public var recordedOutput: String? {
        ran ? text : cell.expectedOutput
    }
}
