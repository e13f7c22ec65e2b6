import LessonDisplay

/// A cell's output cut into what the page shows in order: runs of text, and rich outputs in place of their
/// text forms.
enum OutputSegment: Equatable {
    /// Text, shown in a `<pre>`.
    case text(String)
    /// A picture, table or plot.
    case rich(RichOutput)

    /// Cuts `text` around the outputs' ranges. A range that does not fit (outside the text, overlapping an
    /// earlier one, or cutting a character) leaves the text whole and its output follows the text. The newline
    /// that ends a text form, and blank runs, are dropped.
    ///
    /// ```swift
    /// OutputSegment.segments(of: "a\n[image 1x1 #000000]\nb\n", outputs: [PlacedOutput(image, range: 2..<22)])
    /// // [.text("a"), .rich(image), .text("b")]
    /// ```
    static func segments(of text: String, outputs: [PlacedOutput]) -> [OutputSegment] {
        let bytes = Array(text.utf8)
        func isBoundary(_ offset: Int) -> Bool {
            offset == bytes.count || (offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        var segments: [OutputSegment] = []
        var misplaced: [RichOutput] = []
        var position = 0
        for placed in outputs.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = placed.range
            guard range.lowerBound >= position, range.upperBound <= bytes.count, isBoundary(range.lowerBound),
                isBoundary(range.upperBound)
            else {
                misplaced.append(placed.output)
                continue
            }
            appendText(bytes[position..<range.lowerBound], to: &segments)
            segments.append(.rich(placed.output))
            position = range.upperBound
            if position < bytes.count && bytes[position] == UInt8(ascii: "\n") { position += 1 }
        }
        appendText(bytes[position...], to: &segments)
        return segments + misplaced.map(OutputSegment.rich)
    }

    /// Adds a run of text without its trailing newlines, unless it is blank.
    private static func appendText(_ bytes: ArraySlice<UInt8>, to segments: inout [OutputSegment]) {
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        segments.append(.text(text))
    }
}
