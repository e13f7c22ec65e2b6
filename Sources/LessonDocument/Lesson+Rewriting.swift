/// A replacement of a byte range of the file.
private struct ByteEdit {
    var range: Range<Int>
    var replacement: [UInt8]
}

extension Lesson {
    /// The file's text with each cell's output block set to the given output, which is how `lesson update`
    /// writes results. `outputs[i]` is for `cells[i]`: `nil` removes the cell's output block (a cell without
    /// output has none); a string replaces the block's body, or adds a ```` ```output ```` block after the cell,
    /// separated by one blank line. A cell's extra output blocks (``Cell/extraOutputs``) are removed.
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
            for block in [cell.block, cell.output].compactMap(\.self) + cell.extraOutputs where !block.isClosed {
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
        case (nil, nil):
            return nil
        case (nil, let text?):
            return insertion(of: OutputText.lines(text), after: cell.block)
        case (_?, nil):
            let last = cell.lastBlock
            return ByteEdit(
                range: removalStart(after: cell.block, endingWith: last)..<last.byteRange.upperBound, replacement: [])
        case (let block?, let text?):
            let lines = OutputText.lines(text)
            guard let extra = cell.extraOutputs.last else { return replacement(of: block, with: lines) }
            var rebuilt = rebuilt(block, with: lines)
            rebuilt.removeLast(block.byteRange.upperBound - removalStart(after: block, endingWith: extra))
            return ByteEdit(range: block.byteRange.lowerBound..<extra.byteRange.upperBound, replacement: rebuilt)
        }
    }

    /// Where removing the blocks after `kept` up to `last` starts: after `kept`'s line, or before its line ending
    /// when `last` ends the file without one (so the file still ends without one).
    private func removalStart(after kept: FencedBlock, endingWith last: FencedBlock) -> Int {
        last.lastLineEnding == nil ? kept.lastLineContentEnd : kept.byteRange.upperBound
    }

    /// Adds a blank line and a new output block after the cell, indented like the cell.
    private func insertion(of lines: [String], after cell: FencedBlock) -> ByteEdit {
        let ending = cell.lastLineEnding ?? dominantLineEnding
        let prefix = cell.continuationPrefix
        let length = FenceRun.requiredLength(for: lines, character: FenceRun.backtick, minimum: 3)
        let fence = [UInt8](repeating: FenceRun.backtick, count: length)
        var block = OutputText.encode([""], prefix: prefix, ending: ending)
        block += prefix + fence + Array("output".utf8) + ending.bytes
        block += OutputText.encode(lines, prefix: prefix, ending: ending)
        block += prefix + fence
        let end = cell.byteRange.upperBound
        // Without a final line ending the cell's line gets one, and the new block ends the file without one.
        let replacement = cell.lastLineEnding == nil ? ending.bytes + block : block + ending.bytes
        return ByteEdit(range: end..<end, replacement: replacement)
    }

    /// Replaces the body of an existing output block, or the whole block when its fences must grow.
    /// `nil` when the block already holds these lines.
    private func replacement(of output: FencedBlock, with lines: [String]) -> ByteEdit? {
        guard lines != output.bodyLines && lines != OutputText.lines(output.body) else { return nil }
        guard fenceLength(of: output, for: lines) > output.fenceLength else {
            return ByteEdit(range: output.bodyByteRange, replacement: body(of: output, with: lines))
        }
        return ByteEdit(range: output.byteRange, replacement: rebuilt(output, with: lines))
    }

    /// The whole output block with new body lines; both fences lengthened when a line of the body would close
    /// them. Everything else on the fence lines is kept.
    private func rebuilt(_ output: FencedBlock, with lines: [String]) -> [UInt8] {
        let closingFence = output.closingFence ?? output.byteRange.upperBound..<output.byteRange.upperBound
        let character = output.fenceCharacter == "~" ? FenceRun.tilde : FenceRun.backtick
        let fence = [UInt8](repeating: character, count: fenceLength(of: output, for: lines))
        let opening =
            bytes[output.byteRange.lowerBound..<output.openingFence.lowerBound] + fence
            + bytes[output.openingFence.upperBound..<output.bodyByteRange.lowerBound]
        let closing =
            bytes[output.bodyByteRange.upperBound..<closingFence.lowerBound] + fence
            + bytes[closingFence.upperBound..<output.byteRange.upperBound]
        return opening + body(of: output, with: lines) + closing
    }

    private func fenceLength(of output: FencedBlock, for lines: [String]) -> Int {
        let character = output.fenceCharacter == "~" ? FenceRun.tilde : FenceRun.backtick
        return FenceRun.requiredLength(for: lines, character: character, minimum: output.fenceLength)
    }

    private func body(of output: FencedBlock, with lines: [String]) -> [UInt8] {
        OutputText.encode(
            lines, prefix: output.continuationPrefix, ending: output.openingLineEnding ?? dominantLineEnding)
    }
}
