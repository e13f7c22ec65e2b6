import LessonDisplay

/// What a cell showed when it ran, as the page draws it: the runner maps each cell's result to one of these.
///
/// `text` is the cell's text output without the error message (``DisplayLog/finishCell(text:)`` gives it with
/// the figure's text form and the placed ``outputs``); `error` is the error that stopped the cell, shown in an
/// error box (a calm one for an `expect-error` cell).
///
/// ```swift
/// let displays = environment.displays.finishCell(text: result.text)
/// let rendered = RenderedCell(
///     index: cell.index, text: displays.text, outputs: displays.outputs, error: error?.description)
/// ```
public struct RenderedCell: Sendable, Equatable {
    /// The cell's ``LessonDocument/Cell/index``.
    public var index: Int
    /// The cell's text output (printed text, final value, rich outputs' text forms), without any error message.
    public var text: String
    /// The rich outputs, placed in ``text`` where their text forms are.
    public var outputs: [PlacedOutput]
    /// The error message (`lessons/x.md:14:9: error: Index out of range`), or `nil` when the cell succeeded.
    public var error: String?

    /// A cell's result.
    ///
    /// ```swift
    /// RenderedCell(index: 0, text: "2\n")
    /// ```
    public init(index: Int, text: String, outputs: [PlacedOutput] = [], error: String? = nil) {
        self.index = index
        self.text = text
        self.outputs = outputs
        self.error = error
    }
}
