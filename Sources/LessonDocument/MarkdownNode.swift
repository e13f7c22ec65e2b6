/// A node of a ``MarkdownTree`` without its children: CommonMark's blocks and inlines as libcmark names them,
/// plus custom nodes, whose HTML a renderer puts in the tree (libcmark copies it as given).
///
/// ```swift
/// let heading = MarkdownTree(steps: [.enter(.heading(level: 2)), .leaf(.text("Data")), .exit])
/// heading.html(allowingUnsafeHTML: false)  // "<h2>Data</h2>\n"
/// ```
public enum MarkdownNode: Sendable, Equatable {
    // Blocks.
    /// The whole Markdown; the tree's one top-level node.
    case document
    /// `> ...`
    case blockQuote
    /// A bullet or ordered list; its children are items.
    case list(MarkdownList)
    /// A list item.
    case item
    /// A fenced or indented code block, with what it is in the lesson.
    case codeBlock(MarkdownCodeBlock)
    /// Raw HTML lines, as written.
    case htmlBlock(String)
    /// A paragraph.
    case paragraph
    /// `#` to `######`, or a setext heading.
    case heading(level: Int)
    /// `---`
    case thematicBreak
    /// Ready-made HTML around the node's children, copied as given.
    case customBlock(enter: String, exit: String)

    // Inlines.
    /// Text, with escapes and entities resolved.
    case text(String)
    /// A line ending inside a paragraph.
    case softBreak
    /// A hard line break (two spaces or `\` at the end of a line).
    case lineBreak
    /// A code span's content.
    case code(String)
    /// Raw inline HTML, as written.
    case htmlInline(String)
    /// `*text*`
    case emphasis
    /// `**text**`
    case strong
    /// A link; its children are the link text.
    case link(destination: String, title: String)
    /// An image; its children are the description (the `alt` text).
    case image(source: String, title: String)
    /// Ready-made inline HTML around the node's children, copied as given.
    case customInline(enter: String, exit: String)
}

/// How a list is numbered and spaced.
///
/// ```swift
/// MarkdownList(isOrdered: true, start: 3, isTight: true)  // "3. a\n4. b\n"
/// ```
public struct MarkdownList: Sendable, Equatable {
    /// Numbered (`1.` or `1)`) rather than bulleted.
    public var isOrdered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// No blank lines between items: items' paragraphs are shown without `<p>`.
    public var isTight: Bool

    /// A list's numbering and spacing.
    ///
    /// ```swift
    /// MarkdownList(isOrdered: false, start: 0, isTight: true)  // "- a\n- b\n"
    /// ```
    public init(isOrdered: Bool, start: Int, isTight: Bool) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
    }
}

/// A code block of a lesson's Markdown and what it is there.
///
/// ```swift
/// let lesson = Lesson(text: "```swift\n1\n```\n\n```output\n1\n```\n")
/// lesson.markdown.steps[1]  // .leaf(.codeBlock(MarkdownCodeBlock(info: "swift", literal: "1\n", role: .cell(0))))
/// lesson.markdown.steps[2]  // .leaf(.codeBlock(MarkdownCodeBlock(info: "output", literal: "1\n", role: .output(cell: 0))))
/// ```
public struct MarkdownCodeBlock: Sendable, Equatable {
    /// What a code block is in a lesson.
    public enum Role: Sendable, Equatable {
        /// Shown, not run: another language, an indented block, an output block that follows no cell.
        case prose
        /// The code of the cell `lesson.cells[index]`.
        case cell(Int)
        /// An output block of the cell `lesson.cells[index]` (its ``Cell/output`` or one of its extra ones).
        case output(cell: Int)
    }

    /// The info string after the opening fence, unescaped (`swift no-run`); empty for indented code.
    public var info: String
    /// The code, container prefixes and fence indentation removed, every line ending in `\n`.
    public var literal: String
    /// What the block is in the lesson.
    public var role: Role

    /// A code block.
    ///
    /// ```swift
    /// MarkdownCodeBlock(info: "python", literal: "x = 1\n", role: .prose)
    /// ```
    public init(info: String, literal: String, role: Role) {
        self.info = info
        self.literal = literal
        self.role = role
    }
}
