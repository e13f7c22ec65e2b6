/// One part of a lesson's Markdown, in file order: the prose between cells, or a cell (with its output block).
///
/// ```swift
/// for part in lesson.parts {
///     switch part {
///     case .prose(let prose): renderMarkdown(prose.text)
///     case .cell(let cell): renderCell(cell)
///     }
/// }
/// ```
public enum LessonPart: Sendable, Equatable {
    /// Markdown that is not a cell nor a cell's output block, exactly as written.
    case prose(Prose)
    /// A cell; its output block, if any, is `cell.output` (and is not part of any prose).
    case cell(Cell)
}

/// A run of whole Markdown lines between cells (front matter excluded), exactly as written.
///
/// A cell inside a list or a block quote splits that container: the prose before it ends just above the cell's
/// opening fence line (which may hold the list marker), and the prose after it starts below the cell.
///
/// ```swift
/// let lesson = Lesson(text: "# Title\n\n```swift\n1\n```\n")
/// if case .prose(let prose) = lesson.parts[0] { prose.text }  // "# Title\n\n"
/// ```
public struct Prose: Sendable, Equatable {
    /// The Markdown source of these lines, line endings included.
    public let text: String
    /// The first line of the run.
    public let startLine: Int
    /// The last line of the run.
    public let endLine: Int
    /// The bytes of the run in the file.
    public let byteRange: Range<Int>
}
