extension FencedBlock {
    /// Locates libcmark's code block in the file's lines. `lineOffset` is the number of file lines before the
    /// text that libcmark parsed (the front matter). `nil` when the block is not fenced (an indented code block).
    init?(_ codeBlock: Cmark.CodeBlockPlace, in lines: SourceLines, lineOffset: Int) {
        let startLine = codeBlock.lines.lowerBound + lineOffset
        guard let openingSpan = lines.span(startLine) else { return nil }
        let openingLine = lines.content(startLine)
        guard let opening = FenceRun.opening(in: openingLine) else { return nil }
        let infoBytes = openingLine.dropFirst(opening.end).trimmingSpaces
        if codeBlock.info.isEmpty && Self.isIndentedCode(codeBlock, openingLine: openingLine, fence: opening) {
            return nil
        }
        // libcmark counts the empty line after a final line terminator; the file has no such line.
        let endLine = min(codeBlock.lines.upperBound + lineOffset, lines.count)
        // Whether the last line closes the block is libcmark's call (indentation and container rules decide);
        // it shows in the literal, which holds every line after the opening fence but a closing one.
        let literalLineCount = codeBlock.literal.utf8.count { $0 == UInt8(ascii: "\n") }
        let isClosedByLastLine = endLine > startLine && literalLineCount == endLine - startLine - 1
        let closing = isClosedByLastLine ? FenceRun.closing(in: lines.content(endLine), for: opening) : nil
        let lastBodyLine = closing == nil ? endLine : endLine - 1
        let lastSpan = lines.span(endLine) ?? openingSpan

        let prefix = Self.continuationPrefix(of: openingLine.prefix(opening.start))
        var prefixLengths: [Int] = []
        var bodyLines: [String] = []
        if lastBodyLine > startLine {
            for line in (startLine + 1)...lastBodyLine {
                let content = lines.content(line)
                let length = zip(content, prefix).prefix { $0 == $1 }.count
                prefixLengths.append(length)
                bodyLines.append(String(decoding: content.dropFirst(length), as: UTF8.self))
            }
        }

        let bodyStartOffset = openingSpan.end
        let bodyEndOffset = closing == nil ? lastSpan.end : lastSpan.start
        self.startLine = startLine
        self.endLine = endLine
        isClosed = closing != nil
        fenceCharacter = Character(Unicode.Scalar(opening.character))
        fenceLength = opening.length
        info = String(decoding: infoBytes, as: UTF8.self)
        body = codeBlock.literal
        byteRange = openingSpan.start..<lastSpan.end
        bodyByteRange = bodyStartOffset..<max(bodyStartOffset, bodyEndOffset)
        bodyStart = SourceLocation(line: startLine + 1, column: (prefixLengths.first ?? 0) + 1)
        openingFence = (openingSpan.start + opening.start)..<(openingSpan.start + opening.end)
        closingFence = closing.map { (lastSpan.start + $0.start)..<(lastSpan.start + $0.end) }
        openingLineEnding = openingSpan.ending
        lastLineEnding = lastSpan.ending
        lastLineContentEnd = lastSpan.contentEnd
        continuationPrefix = prefix
        bodyPrefixLengths = prefixLengths
        self.bodyLines = bodyLines
    }

    /// Block quote markers and tabs stay; list markers and everything else become spaces of the same width.
    private static func continuationPrefix(of openingPrefix: ArraySlice<UInt8>) -> [UInt8] {
        openingPrefix.map { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\t") ? $0 : UInt8(ascii: " ") }
    }

    /// An indented code block may start with fence characters (`    ```` ` as code); libcmark then keeps that
    /// first line in the literal, which a fenced block never does: a body line equal to an info-less opening
    /// fence would have closed it.
    private static func isIndentedCode(
        _ codeBlock: Cmark.CodeBlockPlace, openingLine: ArraySlice<UInt8>, fence: FenceRun
    ) -> Bool {
        let firstLiteralLine = codeBlock.literal.utf8.prefix { $0 != UInt8(ascii: "\n") }
        return Array(firstLiteralLine.trimmingSpaces) == Array(openingLine.dropFirst(fence.start).trimmingSpaces)
    }
}
