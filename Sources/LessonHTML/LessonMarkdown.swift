import CCmark
import LessonDocument

/// A lesson's Markdown (front matter left out) rendered as one libcmark document, so that link references,
/// lists and block quotes work across cells: every cell's code block is replaced by the cell's HTML where it
/// stands (inside a list item too), its output blocks are removed (the cell shows what it printed instead),
/// headings get ids for the table of contents, and Obsidian embeds and tags outside links and code become
/// pictures and tag labels.
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

    /// Renders `lesson`'s Markdown; `cellHTML` gives each cell's HTML, `reservedIDs` are ids headings must not
    /// take (the cells').
    init(
        lesson: Lesson, cellHTML: (Cell) -> String, embeds: EmbedFiles, unsafe: Bool, reservedIDs: Set<String>
    ) {
        let start = lesson.frontMatter?.byteRange.upperBound ?? (lesson.hasByteOrderMark ? 3 : 0)
        let lineOffset = lesson.frontMatter?.endLine ?? 0
        let tree = MarkdownTree(lesson.bytes[min(start, lesson.bytes.count)...])
        var ids = IDMaker(reserved: reservedIDs)
        let headingNodes = tree.nodes(of: CMARK_NODE_HEADING)
        headings = headingNodes.map { node in
            let text = MarkdownTree.plainText(of: node)
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: ids.make(from: text))
        }
        Self.rewriteObsidianSyntax(in: tree, embeds: embeds)
        for (node, heading) in zip(headingNodes, headings) { Self.giveID(heading, to: node, unsafe: unsafe) }
        Self.placeCells(of: lesson, in: tree, lineOffset: lineOffset, cellHTML: cellHTML)
        html = tree.html(unsafe: unsafe)
    }

    /// Replaces text nodes holding embeds or tags by text and inline HTML nodes.
    private static func rewriteObsidianSyntax(in tree: MarkdownTree, embeds: EmbedFiles) {
        for node in tree.nodes(of: CMARK_NODE_TEXT) where !MarkdownTree.isInsideLink(node) {
            let literal = MarkdownTree.literal(of: node)
            guard literal.contains("#") || literal.contains("![[") else { continue }
            let previous = cmark_node_previous(node).map(cmark_node_get_type)
            let atBoundary = previous == nil || previous == CMARK_NODE_SOFTBREAK || previous == CMARK_NODE_LINEBREAK
            let pieces = ObsidianText.pieces(of: literal, atBoundary: atBoundary)
            guard pieces != [.text(literal)] else { continue }
            for piece in pieces {
                let inserted: OpaquePointer?
                switch piece {
                case .text(let text): inserted = MarkdownTree.textNode(text)
                case .tag(let tag):
                    inserted = MarkdownTree.customNode(
                        CMARK_NODE_CUSTOM_INLINE, enter: "<span class=\"tag\">#\(tag.htmlEscaped)</span>")
                case .embed(let target):
                    inserted = MarkdownTree.customNode(CMARK_NODE_CUSTOM_INLINE, enter: embeds.html(for: target))
                }
                if let inserted { cmark_node_insert_before(node, inserted) }
            }
            MarkdownTree.remove(node)
        }
    }

    /// Replaces a heading node by a block holding the same heading, with an `id`, rendered in one piece.
    private static func giveID(_ heading: Heading, to node: OpaquePointer, unsafe: Bool) {
        var content = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            content += MarkdownTree.html(of: current, unsafe: unsafe)
            child = cmark_node_next(current)
        }
        let html = "<h\(heading.level) id=\"\(heading.id.htmlEscaped)\">\(content)</h\(heading.level)>"
        guard let block = MarkdownTree.customNode(CMARK_NODE_CUSTOM_BLOCK, enter: html) else { return }
        MarkdownTree.replace(node, with: block)
    }

    /// Puts each cell's HTML in place of its code block and removes its output blocks.
    private static func placeCells(
        of lesson: Lesson, in tree: MarkdownTree, lineOffset: Int, cellHTML: (Cell) -> String
    ) {
        var cellsByLine: [Int: Cell] = [:]
        var outputLines: Set<Int> = []
        for cell in lesson.cells {
            cellsByLine[cell.block.startLine] = cell
            for block in [cell.output].compactMap({ $0 }) + cell.extraOutputs { outputLines.insert(block.startLine) }
        }
        for node in tree.nodes(of: CMARK_NODE_CODE_BLOCK) {
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            if let cell = cellsByLine[line] {
                guard let block = MarkdownTree.customNode(CMARK_NODE_CUSTOM_BLOCK, enter: cellHTML(cell)) else {
                    continue
                }
                MarkdownTree.replace(node, with: block)
            } else if outputLines.contains(line) {
                MarkdownTree.remove(node)
            }
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
