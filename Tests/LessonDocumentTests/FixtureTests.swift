import LessonDocument
import Testing

/// A realistic lesson (ported from the seed note) read from `Fixtures/`, its update checked against a golden file.
@Suite struct FixtureTests {
    private static let fixtures = String(#filePath.dropLast("FixtureTests.swift".count)) + "Fixtures/"

    private func fixture(_ name: String) throws -> String {
        String(decoding: try LessonFile.readBytes(Self.fixtures + name), as: UTF8.self)
    }

    /// The outputs of a run: the second cell's shape changed, the hidden cell printed an image, the no-check
    /// cell printed nothing, the rest as before.
    private let newOutputs: [String?] = [
        "[28, 28]\n", "[6131, 28, 28]\n```\n", "[image 28x28 #a41f09]\n", nil,
        "error: cannot find 'stackedFours' in scope\n", nil,
    ]

    @Test func readsTheLesson() throws {
        let lesson = Lesson(text: try fixture("pixel-similarity.md"))
        #expect(lesson.diagnostics.isEmpty)
        let frontMatter = try #require(lesson.frontMatter)
        #expect(frontMatter.title == "MNIST basics: pixel similarity")
        #expect(frontMatter.seed == 42 && frontMatter.timeout == 60)
        #expect(frontMatter.printOptions.map(\.key) == ["linewidth", "precision"])
        #expect(frontMatter.value(forKey: "tags") == "[fastai, chapter-4]")
        #expect(lesson.cells.map(\.block.startLine) == [26, 40, 51, 60, 71, 89])
        #expect(lesson.cells.map { $0.output?.startLine } == [32, 45, nil, 65, 75, nil])
        #expect(lesson.cells[1].source == "let stackedThrees = stack(threes).float() / 255\nstackedThrees.shape\n")
        #expect(lesson.cells[1].fileLocation(line: 2, column: 1) == SourceLocation(line: 42, column: 4))
        #expect(lesson.cells[3].fileLocation(line: 1, column: 5) == SourceLocation(line: 61, column: 7))
        #expect(lesson.cells.map(\.options.hideCode) == [false, false, true, false, false, false])
        #expect(lesson.cells[3].options.noCheck && lesson.cells[4].options.expectError)
        #expect(lesson.cells[5].options.noRun && lesson.cells[5].options.timeout == 600)
        #expect(lesson.parts.count == 12)
        #expect(lesson.proseTexts.last?.hasSuffix("    indented code is prose too\n\n") == true)
    }

    @Test func unchangedOutputsLeaveTheFileAsItIs() throws {
        let text = try fixture("pixel-similarity.md")
        let lesson = Lesson(text: text)
        #expect(try lesson.rewritten(outputs: lesson.cells.map(\.expectedOutput)) == text)
    }

    @Test func updateMatchesTheGoldenFile() throws {
        let updated = try Lesson(text: try fixture("pixel-similarity.md")).rewritten(outputs: newOutputs)
        #expect(updated == (try fixture("pixel-similarity.updated.md")))
        #expect(try Lesson(text: updated).rewritten(outputs: newOutputs) == updated)
    }

    @Test func windowsCopyWithByteOrderMarkAndNoFinalNewline() throws {
        func windows(_ text: String) -> String {
            "\u{FEFF}" + String(text.replacing("\n", with: "\r\n").dropLast())
        }
        let text = windows(try fixture("pixel-similarity.md"))
        let lesson = Lesson(text: text)
        #expect(lesson.hasByteOrderMark && lesson.dominantLineEnding == .crlf)
        #expect(lesson.cells.map(\.block.startLine) == [26, 40, 51, 60, 71, 89])
        #expect(lesson.cells[1].source == "let stackedThrees = stack(threes).float() / 255\nstackedThrees.shape\n")
        let updated = try lesson.rewritten(outputs: newOutputs)
        #expect(updated == windows(try fixture("pixel-similarity.updated.md")))
    }
}
