import CCmark

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// The one place libcmark is called: it parses a lesson's Markdown into a ``MarkdownTree`` (and the code blocks'
/// lines, which locate cells in the file) and renders trees as HTML.
enum Cmark {
    /// A code block as libcmark places it. Only its line span, info string and literal are used: libcmark's block
    /// lines are exact, while its columns and inline positions are not.
    struct CodeBlockPlace: Equatable, Sendable {
        /// 1-based lines from the block's first (the opening fence, or the first line of an indented block) to its
        /// last (the closing fence when there is one). libcmark reports one line too many for an unclosed fence
        /// whose container (list item, block quote) ends: the line that ended the container. The container's own
        /// end line is right, so the block's is clamped to it.
        var lines: ClosedRange<Int>
        /// The info string after the opening fence, unescaped; empty for indented code blocks.
        var info: String
        /// The body with container prefixes and fence indentation removed; every line ends in `\n`.
        var literal: String
        /// Identifies the block's parent (the document, a list item, a block quote): equal for siblings.
        var containerID: Int
    }

    /// Parses CommonMark with smart punctuation. The tree's code block leaves (every one ``CodeBlockRole/prose``
    /// here) and `codeBlocks` are in the same order. Smart punctuation changes text only, never blocks or code.
    static func parse(_ markdown: ArraySlice<UInt8>) -> (tree: MarkdownTree, codeBlocks: [CodeBlockPlace]) {
        let parsed = markdown.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    cmark_parse_document(chars, buffer.count, CMARK_OPT_SMART)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_SMART)
        }
        guard let root = parsed else { return (MarkdownTree(steps: [.enter(.document), .exit]), []) }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)
        guard let iterator = cmark_iter_new(root) else { return (MarkdownTree(steps: [.enter(.document), .exit]), []) }
        defer { cmark_iter_free(iterator) }
        var steps: [MarkdownStep] = []
        var codeBlocks: [CodeBlockPlace] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            guard event == CMARK_EVENT_ENTER else {
                steps.append(.exit)
                continue
            }
            let type = cmark_node_get_type(node)
            steps.append(isLeaf(type) ? .leaf(markdownNode(node)) : .enter(markdownNode(node)))
            if type == CMARK_NODE_CODE_BLOCK { codeBlocks.append(place(of: node)) }
        }
        return (MarkdownTree(steps: steps), codeBlocks)
    }

    /// The HTML of each top-level node of a walk, in turn, by libcmark's renderer (`unsafe`: raw HTML and every
    /// link scheme kept). A node that cannot stand where the walk puts it is left out with its children.
    static func html(of steps: [MarkdownStep], unsafe: Bool) -> String {
        var html = ""
        // The containers being filled; `nil` for one left out.
        var open: [OpaquePointer?] = []
        func finish(_ node: OpaquePointer?) {
            guard let node else { return }
            html += render(node, unsafe: unsafe)
            cmark_node_free(node)
        }
        for step in steps {
            switch step {
            case .enter(let markdownNode), .leaf(let markdownNode):
                var made: OpaquePointer?
                switch open.last {
                case .none:
                    made = cmarkNode(markdownNode)
                case .some(.some(let parent)):
                    made = cmarkNode(markdownNode)
                    if let child = made, cmark_node_append_child(parent, child) == 0 {
                        cmark_node_free(child)
                        made = nil
                    }
                case .some(.none):
                    made = nil  // inside a node left out
                }
                if case .enter = step {
                    open.append(made)
                } else if open.isEmpty {
                    finish(made)
                }
            case .exit:
                guard let closed = open.popLast() else { continue }
                if open.isEmpty { finish(closed) }
            }
        }
        // A walk that leaves containers open: the outermost holds the rest.
        if let outermost = open.first { finish(outermost) }
        return html
    }

    // MARK: - From libcmark

    /// Whether libcmark's iterator enters nodes of `type` without exiting them.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            true
        default: false
        }
    }

    private static func markdownNode(_ node: OpaquePointer) -> MarkdownNode {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST:
            .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK:
            .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node), role: .prose)
        case CMARK_NODE_HTML_BLOCK: .htmlBlock(literal(node))
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text(literal(node))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(literal(node))
        case CMARK_NODE_HTML_INLINE: .htmlInline(literal(node))
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK:
            .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_CUSTOM_INLINE:
            .customInline(enter: string(cmark_node_get_on_enter(node)), exit: string(cmark_node_get_on_exit(node)))
        // CUSTOM_BLOCK, and any type a later libcmark adds, which a parse does not make today.
        default:
            .customBlock(enter: string(cmark_node_get_on_enter(node)), exit: string(cmark_node_get_on_exit(node)))
        }
    }

    private static func place(of node: OpaquePointer) -> CodeBlockPlace {
        let parent = cmark_node_parent(node)
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = min(Int(cmark_node_get_end_line(node)), parent.map { Int(cmark_node_get_end_line($0)) } ?? .max)
        return CodeBlockPlace(
            lines: startLine...max(startLine, endLine), info: string(cmark_node_get_fence_info(node)),
            literal: literal(node), containerID: Int(bitPattern: UnsafeRawPointer(parent)))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ text: UnsafePointer<CChar>?) -> String {
        text.map { String(cString: $0) } ?? ""
    }

    // MARK: - To libcmark

    /// A new, unattached libcmark node for `node` (the caller frees it, or a parent that adopts it does).
    private static func cmarkNode(_ node: MarkdownNode) -> OpaquePointer? {
        let made: OpaquePointer?
        switch node {
        case .document: made = cmark_node_new(CMARK_NODE_DOCUMENT)
        case .blockQuote: made = cmark_node_new(CMARK_NODE_BLOCK_QUOTE)
        case .list(let ordered, let start, let tight):
            made = cmark_node_new(CMARK_NODE_LIST)
            cmark_node_set_list_type(made, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            cmark_node_set_list_start(made, Int32(clamping: start))
            cmark_node_set_list_tight(made, tight ? 1 : 0)
        case .item: made = cmark_node_new(CMARK_NODE_ITEM)
        case .codeBlock(let info, let literal, _):
            made = cmark_node_new(CMARK_NODE_CODE_BLOCK)
            cmark_node_set_fence_info(made, info)
            cmark_node_set_literal(made, literal)
        case .htmlBlock(let html): made = literalNode(CMARK_NODE_HTML_BLOCK, html)
        case .paragraph: made = cmark_node_new(CMARK_NODE_PARAGRAPH)
        case .heading(let level):
            made = cmark_node_new(CMARK_NODE_HEADING)
            cmark_node_set_heading_level(made, Int32(clamping: level))
        case .thematicBreak: made = cmark_node_new(CMARK_NODE_THEMATIC_BREAK)
        case .customBlock(let enter, let exit): made = customNode(CMARK_NODE_CUSTOM_BLOCK, enter, exit)
        case .text(let text): made = literalNode(CMARK_NODE_TEXT, text)
        case .softBreak: made = cmark_node_new(CMARK_NODE_SOFTBREAK)
        case .lineBreak: made = cmark_node_new(CMARK_NODE_LINEBREAK)
        case .code(let code): made = literalNode(CMARK_NODE_CODE, code)
        case .htmlInline(let html): made = literalNode(CMARK_NODE_HTML_INLINE, html)
        case .emphasis: made = cmark_node_new(CMARK_NODE_EMPH)
        case .strong: made = cmark_node_new(CMARK_NODE_STRONG)
        case .link(let destination, let title): made = linkNode(CMARK_NODE_LINK, destination, title)
        case .image(let source, let title): made = linkNode(CMARK_NODE_IMAGE, source, title)
        case .customInline(let enter, let exit): made = customNode(CMARK_NODE_CUSTOM_INLINE, enter, exit)
        }
        return made
    }

    private static func literalNode(_ type: cmark_node_type, _ literal: String) -> OpaquePointer? {
        let node = cmark_node_new(type)
        cmark_node_set_literal(node, literal)
        return node
    }

    private static func linkNode(_ type: cmark_node_type, _ url: String, _ title: String) -> OpaquePointer? {
        let node = cmark_node_new(type)
        cmark_node_set_url(node, url)
        cmark_node_set_title(node, title)
        return node
    }

    private static func customNode(_ type: cmark_node_type, _ enter: String, _ exit: String) -> OpaquePointer? {
        let node = cmark_node_new(type)
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    private static func render(_ node: OpaquePointer, unsafe: Bool) -> String {
        guard let rendered = cmark_render_html(node, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
