/// A runnable cell: a fenced block whose info string starts with `swift`, with its options and the
/// expected-output block that follows it (if any).
///
/// ```swift
/// let lesson = Lesson(text: "```swift\nprint(1 + 1)\n```\n\n```output\n2\n```\n")
/// let cell = lesson.cells[0]
/// cell.source          // "print(1 + 1)\n"
/// cell.expectedOutput  // "2\n"
/// cell.output?.startLine  // 5
/// ```
public struct Cell: Sendable, Equatable {
    /// The cell's position among the lesson's cells, from 0.
    public let index: Int
    /// The cell's fenced block: lines, byte ranges, body.
    public let block: FencedBlock
    /// The options after `swift` in the info string.
    public let options: CellOptions
    /// The ```` ```output ```` block that follows the cell with only blank lines between, if any.
    public let output: FencedBlock?
    /// Further output blocks right after `output` (only blank lines between). A cell has one output block:
    /// these are reported as warnings, ignored by checks, and removed when the outputs are rewritten.
    public let extraOutputs: [FencedBlock]

    /// The cell's code, dedented out of any list or block quote, with `\n` line endings.
    public var source: String { block.body }

    /// The last of the cell's blocks (the cell, its output block, extra output blocks).
    var lastBlock: FencedBlock { extraOutputs.last ?? output ?? block }

    /// The expected output text (the output block's body), or `nil` when the cell has no output block.
    public var expectedOutput: String? { output?.body }

    /// Where the cell is, for messages such as `lessons/x.md:12`: its opening fence line and column.
    public var location: SourceLocation { block.location }

    /// Maps a position in `source` (1-based line and byte column, as the interpreter reports them) to the file.
    ///
    /// ```swift
    /// let lesson = Lesson(text: "---\ntitle: A\n---\n> ```swift\n> let x = y\n> ```\n")
    /// lesson.cells[0].fileLocation(line: 1, column: 9)  // 5:11
    /// ```
    public func fileLocation(line: Int, column: Int) -> SourceLocation {
        block.fileLocation(line: line, column: column)
    }
}
