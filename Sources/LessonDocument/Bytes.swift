/// Whether a byte is a space or a tab, the whitespace of Markdown and YAML lines.
func isSpaceOrTab(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

extension Collection where Element == UInt8 {
    /// The bytes without leading and trailing spaces and tabs.
    var trimmingSpaces: SubSequence {
        let head = drop(while: isSpaceOrTab)
        let trailing = head.reversed().prefix(while: isSpaceOrTab).count
        return head.dropLast(trailing)
    }
}
