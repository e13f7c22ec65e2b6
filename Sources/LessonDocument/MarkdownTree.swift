/// A lesson's Markdown (the front matter left out) as libcmark reads it, with every code block marked as a cell,
/// a cell's output block, or prose. A renderer walks this one tree and asks ``Lesson/cells`` for each cell, so
/// link references, lists and block quotes hold across cells and nothing is parsed twice.
///
/// The tree is kept as the walk libcmark's iterator makes over it: a container is entered, its children follow,
/// then it is exited; a leaf appears once. A flat list keeps every walk free of recursion, however deeply a file
/// nests its lists and block quotes.
///
/// Text is as CommonMark with smart punctuation reads it (curly quotes, en and em dashes), as a page shows it;
/// code, info strings and raw HTML are exactly as written.
///
/// ```swift
/// let lesson = Lesson(text: "# Notes\n\n```swift\n1 + 1\n```\n")
/// lesson.markdown.steps
/// // [.enter(.document), .enter(.heading(level: 1)), .leaf(.text("Notes")), .exit,
/// //  .leaf(.codeBlock(info: "swift", literal: "1 + 1\n", role: .cell(0))), .exit]
/// lesson.markdown.html(allowingUnsafeHTML: false)  // "<h1>Notes</h1>\n<pre><code class=\"language-swift\">..."
/// ```
public struct MarkdownTree: Sendable, Equatable {
    /// The walk over the tree, in document order.
    public var steps: [MarkdownStep]

    /// A tree from its walk; every entered container must be exited.
    ///
    /// ```swift
    /// MarkdownTree(steps: [.enter(.paragraph), .leaf(.text("Hi")), .exit]).html(allowingUnsafeHTML: false)
    /// // "<p>Hi</p>\n"
    /// ```
    public init(steps: [MarkdownStep]) {
        self.steps = steps
    }

    /// The tree as HTML, by libcmark's renderer; each top-level node is rendered in turn. Unless
    /// `allowingUnsafeHTML`, raw HTML is omitted and `javascript:`-like links are removed, as libcmark does by
    /// default; custom nodes are copied as given either way.
    ///
    /// ```swift
    /// Lesson(text: "Say \"hi\" -- *now*.\n").markdown.html(allowingUnsafeHTML: false)
    /// // "<p>Say “hi” – <em>now</em>.</p>\n"
    /// ```
    public func html(allowingUnsafeHTML: Bool) -> String {
        Cmark.html(of: steps, unsafe: allowingUnsafeHTML)
    }

    /// The plain text of the inline content: text and code literals, line breaks as spaces.
    ///
    /// ```swift
    /// MarkdownTree(steps: [.leaf(.text("First ")), .enter(.emphasis), .leaf(.text("one")), .exit]).plainText
    /// // "First one"
    /// ```
    public var plainText: String {
        var text = ""
        for case .leaf(let node) in steps {
            switch node {
            case .text(let literal), .code(let literal): text += literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }
}

/// One step of a walk over a ``MarkdownTree``.
public enum MarkdownStep: Sendable, Equatable {
    /// A container opens; its children follow until the matching ``exit``.
    case enter(MarkdownNode)
    /// A node without children.
    case leaf(MarkdownNode)
    /// The innermost open container closes.
    case exit
}
