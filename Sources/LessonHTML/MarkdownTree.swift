import CCmark

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// A libcmark document tree that the page rewrites before rendering: cells become ready-made HTML blocks,
/// headings get ids, Obsidian embeds and tags become inline HTML. Nodes that the rewrite makes are libcmark's
/// "custom" nodes, whose HTML the renderer copies as given; everything else is rendered by libcmark itself,
/// safe by default (raw HTML omitted, dangerous link schemes removed).
final class MarkdownTree {
    let root: OpaquePointer

    /// Parses CommonMark with smart punctuation (curly quotes, en and em dashes), as a typeset page wants.
    init(_ markdown: ArraySlice<UInt8>) {
        let parsed = markdown.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    cmark_parse_document(chars, buffer.count, CMARK_OPT_SMART)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_SMART)
        }
        root = parsed ?? cmark_node_new(CMARK_NODE_DOCUMENT)
        cmark_consolidate_text_nodes(root)
    }

    deinit { cmark_node_free(root) }

    /// Every node of a type, in document order (collected first, so callers may change the tree).
    func nodes(of type: cmark_node_type) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == type {
                found.append(node)
            }
        }
        return found
    }

    /// The document as HTML; `unsafe` keeps raw HTML and every link scheme.
    func html(unsafe: Bool) -> String {
        Self.html(of: root, unsafe: unsafe)
    }

    /// A node and its children as HTML.
    static func html(of node: OpaquePointer, unsafe: Bool) -> String {
        guard let rendered = cmark_render_html(node, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The plain text of a node's inline content (text and code; line breaks as spaces).
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(of: child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// A node's literal text (`""` when it has none).
    static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Whether a node lies inside a link or an image (whose text must not become tags or embeds).
    static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// A custom node of `type` (`CMARK_NODE_CUSTOM_BLOCK` or `CMARK_NODE_CUSTOM_INLINE`) rendering `enter` and
    /// `exit` around its children.
    static func customNode(_ type: cmark_node_type, enter: String, exit: String = "") -> OpaquePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A text node.
    static func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    /// Puts `replacement` where `node` is and frees `node`.
    static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    /// Removes `node` (and its children) from the tree and frees it.
    static func remove(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
