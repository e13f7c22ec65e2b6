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
    /// A bullet or ordered list (`start` is an ordered list's first number); its children are items. A tight list
    /// (no blank lines between items) shows its items' paragraphs without `<p>`.
    case list(ordered: Bool, start: Int, tight: Bool)
    /// A list item.
    case item
    /// A fenced or indented code block: the info string after the opening fence, unescaped (`swift no-run`;
    /// empty for indented code), the code (container prefixes and fence indentation removed, every line ending in
    /// `\n`), and what the block is in the lesson.
    case codeBlock(info: String, literal: String, role: CodeBlockRole)
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

/// What a code block is in a lesson.
///
/// ```swift
/// let lesson = Lesson(text: "```swift\n1\n```\n\n```output\n1\n```\n")
/// lesson.markdown.steps[1]  // .leaf(.codeBlock(info: "swift", literal: "1\n", role: .cell(0)))
/// lesson.markdown.steps[2]  // .leaf(.codeBlock(info: "output", literal: "1\n", role: .output(cell: 0)))
/// ```
public enum CodeBlockRole: Sendable, Equatable {
    /// Shown, not run: another language, an indented block, an output block that follows no cell.
    case prose
    /// The code of the cell `lesson.cells[index]`.
    case cell(Int)
    /// An output block of the cell `lesson.cells[index]` (its ``Cell/output`` or one of its extra ones).
    case output(cell: Int)
}
