import CCmark

/// A code block as libcmark sees it. Only its line span, info string and literal are used: libcmark's block
/// lines are exact, while its columns and inline positions are not.
struct MarkdownCodeBlock: Equatable, Sendable {
    /// 1-based line of the block's first line (the opening fence, or the first line of an indented block).
    var startLine: Int
    /// 1-based line of the block's last line (the closing fence when there is one). libcmark reports one line
    /// too many for an unclosed fence whose container (list item, block quote) ends: the line that ended the
    /// container. The container's own end line is right, so the block's is clamped to it.
    var endLine: Int
    /// The info string after the opening fence, unescaped; empty for indented code blocks.
    var info: String
    /// The body with container prefixes and fence indentation removed; every line ends in `\n`.
    var literal: String
    /// Identifies the block's parent (the document, a list item, a block quote): equal for siblings.
    var containerID: Int
}

/// The owner of one libcmark document tree; frees it when released.
private final class CmarkTree {
    let root: OpaquePointer

    init?(_ markdown: ArraySlice<UInt8>) {
        let parsed = markdown.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    cmark_parse_document(chars, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit { cmark_node_free(root) }

    /// Every code block in document order (nested ones included), copied out of the tree.
    func codeBlocks() -> [MarkdownCodeBlock] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [MarkdownCodeBlock] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK
            else { continue }
            let parent = cmark_node_parent(node)
            let endLine = Int(cmark_node_get_end_line(node))
            blocks.append(
                MarkdownCodeBlock(
                    startLine: Int(cmark_node_get_start_line(node)),
                    endLine: parent.map { min(endLine, Int(cmark_node_get_end_line($0))) } ?? endLine,
                    info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "",
                    literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                    containerID: Int(bitPattern: UnsafeRawPointer(parent))
                )
            )
        }
        return blocks
    }
}

/// Parses CommonMark with libcmark (default options) and returns its code blocks in document order.
func markdownCodeBlocks(_ markdown: ArraySlice<UInt8>) -> [MarkdownCodeBlock] {
    CmarkTree(markdown)?.codeBlocks() ?? []
}
