import LessonDocument
import Testing

/// Properties of `rewritten(outputs:)` over random lessons (deterministic seeds, so failures replay).
@Suite struct RewritePropertyTests {
    /// The file without its cells' output blocks (and the lines that separate them from their cells): what a
    /// rewrite must leave byte for byte.
    private func skeleton(_ lesson: Lesson) -> [UInt8] {
        var bytes = lesson.bytes
        for cell in lesson.cells.reversed() {
            guard let output = cell.extraOutputs.last ?? cell.output else { continue }
            var start = cell.block.byteRange.upperBound
            if output.byteRange.upperBound == bytes.count, let last = bytes.last, last != 10 && last != 13 {
                let terminator = bytes[..<start].suffix(2)
                start -= terminator == [13, 10] ? 2 : 1
            }
            bytes.removeSubrange(start..<output.byteRange.upperBound)
        }
        return bytes
    }

    private func lines(_ text: String?) -> [String]? {
        text.map { text in
            var lines = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n").split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    private func checkRewrite(of text: String, random: inout SeededGenerator, writer: inout RandomLessonWriter) throws {
        let lesson = Lesson(text: text)
        let outputs: [String?] = lesson.cells.map { cell in
            switch Int.random(in: 0..<4, using: &random) {
            case 0: nil
            case 1: cell.expectedOutput
            default: writer.output()
            }
        }
        let unclosed = lesson.cells.contains { cell in
            !([cell.block] + [cell.output].compactMap(\.self) + cell.extraOutputs).allSatisfy(\.isClosed)
        }
        guard !unclosed else {
            #expect(throws: LessonError.self) { try lesson.rewritten(outputs: outputs) }
            return
        }
        let updated = try lesson.rewritten(outputs: outputs)
        let reparsed = Lesson(text: updated)
        #expect(
            skeleton(reparsed) == skeleton(lesson), "bytes outside output blocks changed:\n\(text)\n---\n\(updated)")
        #expect(reparsed.cells.map(\.source) == lesson.cells.map(\.source))
        #expect(reparsed.cells.map(\.options) == lesson.cells.map(\.options))
        #expect(reparsed.proseTexts == lesson.proseTexts)
        #expect(
            reparsed.cells.map { lines($0.expectedOutput) } == outputs.map(lines), "outputs not written:\n\(updated)")
        #expect(try reparsed.rewritten(outputs: outputs) == updated, "a second update changed the file:\n\(updated)")
        #expect(try reparsed.rewritten(outputs: reparsed.cells.map(\.expectedOutput)) == updated)
        #expect(reparsed.cells.allSatisfy { $0.extraOutputs.isEmpty })
        if lesson.cells.allSatisfy(\.extraOutputs.isEmpty) {
            #expect(try lesson.rewritten(outputs: lesson.cells.map(\.expectedOutput)) == text)
        }
    }

    @Test(arguments: 0..<500)
    func randomLessonsKeepEveryByteOutsideOutputBlocks(seed: UInt64) throws {
        var writer = RandomLessonWriter(random: SeededGenerator(seed: seed))
        var random = SeededGenerator(seed: seed &+ 1_000_003)
        let text = writer.lesson()
        try checkRewrite(of: text, random: &random, writer: &writer)
    }

    @Test(arguments: 0..<2000)
    func byteSoupNeverCrashesAndKeepsTheSameProperties(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var writer = RandomLessonWriter(random: SeededGenerator(seed: seed &+ 7))
        let pieces = [
            "```", "~~~", "````", "swift", "output", " no-run", "> ", "- ", "1. ", "  ", "    ", "\t", "\n", "\n",
            "\r\n", "\r", "---", "title: x", "{", "\"", "é", "x", "\u{FEFF}", "\0", "<div>", "> > ", "* ", "1) ", "+ ",
            "`", " ", "~~~~output", "```output\n", "```swift\n", "\t> ", "***\n",
        ]
        let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in random.pick(pieces) }.joined()
        let lesson = Lesson(text: text)
        _ = lesson.parts
        for cell in lesson.cells {
            _ = cell.fileLocation(
                line: Int.random(in: -3...9, using: &random), column: Int.random(in: -3...99, using: &random))
        }
        try checkRewrite(of: text, random: &random, writer: &writer)
    }

    @Test func generatorCoversTheInterestingCases() {
        var cells = 0
        var outputs = 0
        var crlf = 0
        var unclosed = 0
        for seed in 0..<300 as Range<UInt64> {
            var writer = RandomLessonWriter(random: SeededGenerator(seed: seed))
            let lesson = Lesson(text: writer.lesson())
            cells += lesson.cells.count
            outputs += lesson.cells.filter { $0.output != nil }.count
            crlf += lesson.dominantLineEnding == .crlf ? 1 : 0
            unclosed += lesson.diagnostics.contains { $0.severity == .error } ? 1 : 0
        }
        #expect(cells > 500 && outputs > 200 && crlf > 50)
        #expect(unclosed < 100)
    }
}
