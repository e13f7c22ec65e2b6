/// A replacement of a byte range of the file.
private struct ByteEdit {
    var range: Range<Int>
    var replacement: [UInt8]
}

extension Lesson {
    /// The file's text with each cell's output block set to the given output, which is how `lesson update`
    /// writes results. `outputs[i]` is for `cells[i]`: `nil` removes the cell's output block (a cell without
    /// output has none); a string replaces the block's body, or adds a ```` ```output ```` block after the cell,
    /// separated by one blank line.
    ///
    /// Only output blocks change: every other byte (front matter, byte order mark, prose, cells, line endings)
    /// stays as it was. Outputs equal to the current ones leave their blocks untouched, so rewriting twice
    /// changes nothing. New lines take the cell's line ending (or the file's dominant one), the container's
    /// prefix inside lists and block quotes, and a fence longer than any backtick line in the output.
    /// To keep a cell's block as it is, pass its ``Cell/expectedOutput``.
    ///
    /// ```swift
    /// let lesson = Lesson(text: "```swift\n1 + 1\n```\n")
    /// try lesson.rewritten(outputs: ["2\n"])  // "```swift\n1 + 1\n```\n\n```output\n2\n```\n"
    /// ```
    ///
    /// - Throws: ``LessonError/outputCountMismatch(cells:outputs:)`` when `outputs` does not match `cells`;
    ///   ``LessonError/unclosedFence(_:)`` when a cell or output fence is never closed.
    public func rewritten(outputs: [String?]) throws(LessonError) -> String {
        guard outputs.count == cells.count else {
            throw .outputCountMismatch(cells: cells.count, outputs: outputs.count)
        }
        for cell in cells {
            for block in [cell.block, cell.output].compactMap(\.self) where !block.isClosed {
                throw .unclosedFence(block.location)
            }
        }
        var result = bytes
        let edits = zip(cells, outputs).compactMap { edit(for: $0, output: $1) }
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: edit.replacement)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func edit(for cell: Cell, output: String?) -> ByteEdit? {
        switch (cell.output, output) {
        case (nil, nil): nil
        case (let block?, nil): removal(of: block, after: cell.block)
        case (nil, let text?): insertion(of: OutputText.lines(text), after: cell.block)
        case (let block?, let text?): replacement(of: block, with: OutputText.lines(text))
        }
    }

    /// Removes the output block and the blank lines between it and its cell. At the end of a file without a
    /// final line ending, the cell's line ending goes instead, so the file still ends without one.
    private func removal(of output: FencedBlock, after cell: FencedBlock) -> ByteEdit {
        let start = output.lastLineEnding == nil ? cell.lastLineContentEnd : cell.byteRange.upperBound
        return ByteEdit(range: start..<output.byteRange.upperBound, replacement: [])
    }

    /// Adds a blank line and a new output block after the cell, indented like the cell.
    private func insertion(of lines: [String], after cell: FencedBlock) -> ByteEdit {
        let ending = cell.lastLineEnding ?? dominantLineEnding
        let prefix = cell.continuationPrefix
        let fence = [UInt8](
            repeating: FenceRun.backtick,
            count: FenceRun.requiredLength(for: lines, character: FenceRun.backtick, minimum: 3))
        var block = OutputText.encode([""], prefix: prefix, ending: ending)
        block += prefix + fence + Array("output".utf8) + ending.bytes
        block += OutputText.encode(lines, prefix: prefix, ending: ending)
        block += prefix + fence
        let end = cell.byteRange.upperBound
        // Without a final line ending the cell's line gets one, and the new block ends the file without one.
        let replacement = cell.lastLineEnding == nil ? ending.bytes + block : block + ending.bytes
        return ByteEdit(range: end..<end, replacement: replacement)
    }

    /// Replaces the body of an existing output block, lengthening both fences when a line of the new output
    /// would close them. `nil` when the block already holds these lines.
    private func replacement(of output: FencedBlock, with lines: [String]) -> ByteEdit? {
        let literal = OutputText.lines(output.body)
        guard lines != output.bodyLines && lines != literal, let closingFence = output.closingFence else { return nil }
        let character = output.fenceCharacter == "~" ? FenceRun.tilde : FenceRun.backtick
        let length = FenceRun.requiredLength(for: lines, character: character, minimum: output.fenceLength)
        let body = OutputText.encode(
            lines, prefix: output.continuationPrefix, ending: output.openingLineEnding ?? dominantLineEnding)
        guard length > output.fenceLength else { return ByteEdit(range: output.bodyByteRange, replacement: body) }
        let fence = [UInt8](repeating: character, count: length)
        let opening =
            bytes[output.byteRange.lowerBound..<output.openingFence.lowerBound] + fence
            + bytes[output.openingFence.upperBound..<output.bodyByteRange.lowerBound]
        let closing =
            bytes[output.bodyByteRange.upperBound..<closingFence.lowerBound] + fence
            + bytes[closingFence.upperBound..<output.byteRange.upperBound]
        return ByteEdit(range: output.byteRange, replacement: opening + body + closing)
    }
}
