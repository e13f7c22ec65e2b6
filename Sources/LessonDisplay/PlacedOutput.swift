/// A rich output and where its text form sits in the cell's text output: a range of UTF-8 byte offsets.
///
/// The HTML renderer shows the text before `range`, then the output itself instead of its text form, then
/// the text after it.
///
/// ```swift
/// let text = "mean:\n[image 28x28 #a41f09]\n"
/// let placed = PlacedOutput(.image(mean3), range: 6..<27)
/// ```
public struct PlacedOutput: Sendable, Equatable {
    /// The output.
    public var output: RichOutput
    /// UTF-8 byte offsets of its text form in the cell's text output.
    public var range: Range<Int>

    /// An output placed at `range`.
    ///
    /// ```swift
    /// PlacedOutput(.figure(figure), range: 0..<31)
    /// ```
    public init(_ output: RichOutput, range: Range<Int>) {
        self.output = output
        self.range = range
    }
}

/// What one cell showed: its complete text output (the text forms of its rich outputs included) and the rich
/// outputs placed in that text, in order.
///
/// ```swift
/// let displays = log.finishCell(text: result.text)
/// displays.text      // what `lesson check` compares and `lesson update` writes
/// displays.outputs   // what `lesson render` draws in place of their text forms
/// ```
public struct CellDisplays: Sendable, Equatable {
    /// The cell's text output, ending with the text form of the figure the cell drew, if any.
    public var text: String
    /// The rich outputs, ordered by their place in ``text``.
    public var outputs: [PlacedOutput]

    /// A cell's displays.
    ///
    /// ```swift
    /// CellDisplays(text: "2\n", outputs: [])
    /// ```
    public init(text: String, outputs: [PlacedOutput]) {
        self.text = text
        self.outputs = outputs
    }
}
