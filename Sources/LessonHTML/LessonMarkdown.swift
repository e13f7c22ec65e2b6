import LessonDocument

/// A lesson's Markdown (front matter left out) rendered from the document's one tree, so that link references,
/// lists and block quotes work across cells: every cell's code block is replaced by the cell's HTML where it
/// stands (inside a list item too), its output blocks are removed (the cell shows what it printed instead),
/// headings get ids for the table of contents, and Obsidian embeds and tags outside links and code become
/// pictures and tag labels. The HTML put in the tree goes in custom nodes, which libcmark copies as given;
/// everything else is rendered by libcmark itself, safe by default (raw HTML omitted, dangerous link schemes
/// removed).
struct LessonMarkdown {
    /// A heading of the document.
    struct Heading: Equatable {
        /// 1 to 6.
        let level: Int
        /// The heading's plain text.
        let text: String
        /// Its unique id in the page.
        let id: String
    }

    /// The headings in document order.
    let headings: [Heading]
    /// The rendered body.
    let html: String

    /// An open container of the walk.
    private struct Container {
        let node: MarkdownNode
        /// Its last child so far.
        var lastChild: MarkdownNode?
        /// Where its children start in the walk read and in the walk written.
        let inputStart: Int
        let outputStart: Int
    }

    /// Renders `lesson`'s Markdown; `cellHTML` gives each cell's HTML, `reservedIDs` are ids headings must not
    /// take (the cells').
    init(
        lesson: Lesson, cellHTML: (Cell) -> String, embeds: EmbedFiles, unsafe: Bool, reservedIDs: Set<String>
    ) {
        let steps = lesson.markdown.steps
        var ids = IDMaker(reserved: reservedIDs)
        var headings: [Heading] = []
        var output: [MarkdownStep] = []
        var open: [Container] = []
        for (index, step) in steps.enumerated() {
            switch step {
            case .enter(let node):
                open.indices.last.map { open[$0].lastChild = node }
                open.append(Container(node: node, inputStart: index + 1, outputStart: output.count + 1))
                output.append(step)
            case .leaf(let node):
                let previous = open.last?.lastChild
                open.indices.last.map { open[$0].lastChild = node }
                switch node {
                case .text(let literal) where !open.contains(where: { $0.node.isLinkOrImage }):
                    output += Self.obsidianSteps(literal, after: previous, embeds)
                case .codeBlock(_, _, let role):
                    output += Self.cellSteps(node, role, lesson, cellHTML)
                default:
                    output.append(step)
                }
            case .exit:
                guard let container = open.popLast(), case .heading(let level) = container.node else {
                    output.append(step)
                    continue
                }
                // The heading in one piece, with an id: its content as rewritten, its text as written.
                let text = MarkdownTree(steps: Array(steps[container.inputStart..<index])).plainText
                let heading = Heading(level: level, text: text, id: ids.make(from: text))
                let content = MarkdownTree(steps: Array(output[container.outputStart...]))
                output.removeSubrange((container.outputStart - 1)...)
                let html =
                    "<h\(level) id=\"\(heading.id.htmlEscaped)\">"
                    + "\(content.html(allowingUnsafeHTML: unsafe))</h\(level)>"
                output.append(.leaf(.customBlock(enter: html, exit: "")))
                headings.append(heading)
            }
        }
        self.headings = headings
        html = MarkdownTree(steps: output).html(allowingUnsafeHTML: unsafe)
    }

    /// A text node with its embeds and tags as inline HTML; `previous` is the node before it in its parent.
    private static func obsidianSteps(
        _ text: String, after previous: MarkdownNode?, _ embeds: EmbedFiles
    ) -> [MarkdownStep] {
        guard text.contains("#") || text.contains("![[") else { return [.leaf(.text(text))] }
        let atBoundary = previous == nil || previous == .softBreak || previous == .lineBreak
        return ObsidianText.pieces(of: text, atBoundary: atBoundary).map { piece in
            switch piece {
            case .text(let plain): .leaf(.text(plain))
            case .tag(let tag): .leaf(.customInline(enter: "<span class=\"tag\">#\(tag.htmlEscaped)</span>", exit: ""))
            case .embed(let target): .leaf(.customInline(enter: embeds.html(for: target), exit: ""))
            }
        }
    }

    /// A code block as the page shows it: a cell's HTML for a cell, nothing for an output block (its cell shows
    /// what it printed), the block itself for prose code.
    private static func cellSteps(
        _ block: MarkdownNode, _ role: CodeBlockRole, _ lesson: Lesson, _ cellHTML: (Cell) -> String
    ) -> [MarkdownStep] {
        switch role {
        case .cell(let index) where lesson.cells.indices.contains(index):
            [.leaf(.customBlock(enter: cellHTML(lesson.cells[index]), exit: ""))]
        case .output: []
        case .prose, .cell: [.leaf(block)]
        }
    }
}

extension MarkdownNode {
    /// Whether the node is a link or an image (whose text must not become tags or embeds).
    fileprivate var isLinkOrImage: Bool {
        switch self {
        case .link, .image: true
        default: false
        }
    }
}

/// Unique, readable ids from heading text: lower-cased letters and digits, words joined by `-`, a number
/// appended on repeats (`notes`, `notes-1`), as GitHub makes heading anchors.
struct IDMaker {
    private var used: Set<String>

    /// An id maker that never returns the `reserved` ids.
    init(reserved: Set<String>) {
        used = reserved
    }

    /// A new id for `text`.
    ///
    /// ```swift
    /// var ids = IDMaker(reserved: [])
    /// ids.make(from: "Pixel Similarity!")  // "pixel-similarity"
    /// ids.make(from: "Pixel similarity")   // "pixel-similarity-1"
    /// ```
    mutating func make(from text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                slug.append(character)
            } else if (character.isWhitespace || character == "-") && !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        var candidate = slug
        var number = 0
        while used.contains(candidate) {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        used.insert(candidate)
        return candidate
    }
}
