/// A lesson file: optional front matter, then CommonMark whose `swift` fenced blocks are cells, each optionally
/// followed by its ```` ```output ```` block. Parsing never fails: problems become ``diagnostics``.
///
/// ```swift
/// let lesson = Lesson(text: """
///     ---
///     title: Pixel similarity
///     ---
///     Stack every 3:
///
///     ```swift
///     stackedThrees.shape
///     ```
///
///     ```output
///     [6131, 28, 28]
///     ```
///
///     """)
/// lesson.frontMatter?.title        // "Pixel similarity"
/// lesson.cells[0].source           // "stackedThrees.shape\n"
/// lesson.cells[0].expectedOutput   // "[6131, 28, 28]\n"
/// lesson.cells[0].output?.startLine  // 10
/// ```
public struct Lesson: Sendable {
    /// The file's bytes exactly as given.
    public let bytes: [UInt8]
    /// The front matter, when the file starts with a closed `---` block.
    public let frontMatter: FrontMatter?
    /// The cells in file order.
    public let cells: [Cell]
    /// Prose and cells in file order (front matter excluded; output blocks belong to their cells).
    public let parts: [LessonPart]
    /// The Markdown after the front matter as libcmark reads it, each code block marked as a cell, an output
    /// block or prose: what a renderer walks.
    public let markdown: MarkdownTree
    /// Problems found while reading: front matter errors, unknown cell options, unclosed fences, stray outputs.
    public let diagnostics: [Diagnostic]
    /// The line ending most lines use; new lines written by a rewrite use it when the cell gives none.
    public let dominantLineEnding: LineEnding

    let lines: SourceLines

    /// Reads a lesson from its text.
    ///
    /// ```swift
    /// let lesson = Lesson(text: "```swift\n1 + 1\n```\n")
    /// lesson.cells.count  // 1
    /// ```
    public init(text: String) {
        self.init(validUTF8: Array(text.utf8))
    }

    /// Reads a lesson from a file's bytes, which must be UTF-8 (a byte order mark is allowed).
    ///
    /// ```swift
    /// let lesson = try Lesson(bytes: Array("# Notes\n".utf8))
    /// ```
    public init(bytes: [UInt8]) throws(LessonError) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var (offset, line, lineStart) = (0, 1, 0)
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { (line, lineStart) = (line + 1, offset) }
            case .emptyInput: break decoding
            case .error:
                throw .invalidUTF8(offset: offset, location: SourceLocation(line: line, column: offset - lineStart + 1))
            }
        }
        self.init(validUTF8: bytes)
    }

    private init(validUTF8 bytes: [UInt8]) {
        let lines = SourceLines(bytes)
        let parsed = LessonParser(lines: lines)
        self.bytes = bytes
        self.lines = lines
        frontMatter = parsed.frontMatter
        cells = parsed.cells
        parts = parsed.parts
        markdown = parsed.markdown
        diagnostics = parsed.diagnostics
        dominantLineEnding = lines.dominantEnding
    }

    /// The file's text (a byte order mark, if any, is its first character).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the file starts with a UTF-8 byte order mark (kept by rewrites).
    public var hasByteOrderMark: Bool { lines.hasByteOrderMark }
}
