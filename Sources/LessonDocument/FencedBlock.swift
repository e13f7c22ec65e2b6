/// A fenced code block of a lesson (a cell, or an expected-output block) with its exact place in the file.
///
/// Lines are 1-based lines of the original file (front matter included); byte offsets index the file's bytes
/// (a byte order mark included) and always cover whole lines, terminators included.
///
/// ```swift
/// let lesson = Lesson(text: "# A\n\n```swift\nlet x = 1\n```\n")
/// let block = lesson.cells[0].block
/// block.startLine          // 3
/// block.endLine            // 5
/// block.body               // "let x = 1\n"
/// block.bodyStart          // 4:1
/// ```
public struct FencedBlock: Sendable, Equatable {
    /// The line of the opening fence.
    public let startLine: Int
    /// The line of the closing fence, or the block's last line when it is not closed.
    public let endLine: Int
    /// Whether a closing fence ends the block; an unclosed block runs to the end of its container or file.
    public let isClosed: Bool
    /// The fence character: `` ` `` or `~`.
    public let fenceCharacter: Character
    /// The number of fence characters in the opening fence (at least 3).
    public let fenceLength: Int
    /// The info string after the opening fence, as written (trimmed).
    public let info: String
    /// The body: the lines between the fences with container prefixes (list indentation, `> `) and the fence's
    /// own indentation removed, each ending in `\n` whatever the file's line endings.
    public let body: String
    /// Bytes of the whole block, from the start of the opening fence line to the end of the closing fence line.
    public let byteRange: Range<Int>
    /// Bytes of the body lines (empty, at the closing fence, when the body is empty).
    public let bodyByteRange: Range<Int>
    /// Where the body's first character is in the file (the line after the opening fence).
    public let bodyStart: SourceLocation

    /// Byte offsets of the opening and closing fence runs in the file.
    let openingFence: Range<Int>
    let closingFence: Range<Int>?
    /// How the opening and last lines end.
    let openingLineEnding: LineEnding?
    let lastLineEnding: LineEnding?
    /// Where the last line's content ends (before its terminator).
    let lastLineContentEnd: Int
    /// What the container puts before each body line: the opening line's prefix with list markers as spaces.
    let continuationPrefix: [UInt8]
    /// For each body line, how many leading bytes belong to the container and the fence indentation.
    let bodyPrefixLengths: [Int]
    /// The body lines with exactly those prefixes removed (libcmark's `body` can differ when tabs are split).
    let bodyLines: [String]

    /// Where the opening fence's first character is.
    public var location: SourceLocation {
        SourceLocation(line: startLine, column: openingFence.lowerBound - byteRange.lowerBound + 1)
    }

    /// The number of lines between the fences.
    public var bodyLineCount: Int { bodyPrefixLengths.count }

    /// Maps a position inside the body (1-based line and byte column, as an interpreter reports them for the
    /// source `body`) to the same position in the file. Out-of-range lines are clamped to the body.
    ///
    /// ```swift
    /// let lesson = Lesson(text: "- item\n\n  ```swift\n  let x = y\n  ```\n")
    /// lesson.cells[0].block.fileLocation(line: 1, column: 9)  // 4:11
    /// ```
    public func fileLocation(line: Int, column: Int) -> SourceLocation {
        let index = min(max(line, 1), max(bodyLineCount, 1)) - 1
        let prefix = index < bodyPrefixLengths.count ? bodyPrefixLengths[index] : 0
        let fileColumn = max(column, 1).addingReportingOverflow(prefix)
        return SourceLocation(
            line: startLine + 1 + index, column: fileColumn.overflow ? Int.max : fileColumn.partialValue)
    }
}
