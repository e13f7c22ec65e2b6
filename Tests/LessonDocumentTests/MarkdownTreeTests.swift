import CCmark
import LessonDocument
import Testing

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// The document's one Markdown tree: code blocks marked as cells, outputs or prose, and rendered exactly as
/// libcmark renders the same text itself.
@Suite struct MarkdownTreeTests {
    /// libcmark's own HTML for a lesson's Markdown (after the front matter), straight from the text.
    private func libcmarkHTML(of lesson: Lesson, unsafe: Bool) -> String {
        let start = min(
            lesson.frontMatter?.byteRange.upperBound ?? (lesson.hasByteOrderMark ? 3 : 0), lesson.bytes.count)
        let options = CMARK_OPT_SMART | (unsafe ? CMARK_OPT_UNSAFE : 0)
        let text = Array(lesson.bytes[start...]) + [0]
        let rendered = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_markdown_to_html($0.baseAddress, $0.count - 1, options) }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func roles(_ lesson: Lesson) -> [CodeBlockRole] {
        lesson.markdown.steps.compactMap {
            if case .leaf(.codeBlock(_, _, let role)) = $0 { role } else { nil }
        }
    }

    @Test func documentationExamples() {
        let lesson = Lesson(text: "# Notes\n\n```swift\n1 + 1\n```\n")
        #expect(
            lesson.markdown.steps == [
                .enter(.document), .enter(.heading(level: 1)), .leaf(.text("Notes")), .exit,
                .leaf(.codeBlock(info: "swift", literal: "1 + 1\n", role: .cell(0))), .exit,
            ])
        #expect(
            lesson.markdown.html(allowingUnsafeHTML: false)
                == "<h1>Notes</h1>\n<pre><code class=\"language-swift\">1 + 1\n</code></pre>\n")
        #expect(
            Lesson(text: "Say \"hi\" -- *now*.\n").markdown.html(allowingUnsafeHTML: false)
                == "<p>Say “hi” – <em>now</em>.</p>\n")
        #expect(
            MarkdownTree(steps: [.enter(.paragraph), .leaf(.text("Hi")), .exit]).html(allowingUnsafeHTML: false)
                == "<p>Hi</p>\n")
        #expect(
            MarkdownTree(steps: [.enter(.heading(level: 2)), .leaf(.text("Data")), .exit])
                .html(allowingUnsafeHTML: false) == "<h2>Data</h2>\n")
        #expect(
            MarkdownTree(steps: [.leaf(.text("First ")), .enter(.emphasis), .leaf(.text("one")), .exit]).plainText
                == "First one")
        let output = Lesson(text: "```swift\n1\n```\n\n```output\n1\n```\n").markdown.steps[2]
        #expect(output == .leaf(.codeBlock(info: "output", literal: "1\n", role: .output(cell: 0))))
    }

    @Test func codeBlocksAreMarkedAsTheLessonReadsThem() {
        let lesson = Lesson(
            text: markdown(
                "---", "title: T", "---", "```output", "stray", "```", "", "- item", "", "  ```swift", "  1", "  ```",
                "", "  ```output", "  1", "  ```", "", "  ```output", "  extra", "  ```", "", "```python", "x = 1",
                "```", "", "    indented", "", "```swift no-run", "2", "```"))
        #expect(lesson.cells.count == 2)
        #expect(roles(lesson) == [.prose, .cell(0), .output(cell: 0), .output(cell: 0), .prose, .prose, .cell(1)])
    }

    @Test func theFixtureRendersAsLibcmarkRendersIt() throws {
        let folder = String(#filePath.dropLast("MarkdownTreeTests.swift".count)) + "Fixtures/"
        let lesson = try Lesson(bytes: LessonFile.readBytes(folder + "pixel-similarity.md"))
        for unsafe in [false, true] {
            #expect(lesson.markdown.html(allowingUnsafeHTML: unsafe) == libcmarkHTML(of: lesson, unsafe: unsafe))
        }
        #expect(roles(lesson).filter { if case .cell = $0 { true } else { false } }.count == lesson.cells.count)
    }

    @Test(arguments: 0..<300)
    func randomLessonsRenderAsLibcmarkRendersThem(seed: UInt64) {
        var writer = RandomLessonWriter(random: SeededGenerator(seed: seed))
        let lesson = Lesson(text: writer.lesson())
        let unsafe = seed % 2 == 0
        #expect(lesson.markdown.html(allowingUnsafeHTML: unsafe) == libcmarkHTML(of: lesson, unsafe: unsafe))
        let cells = roles(lesson).compactMap { if case .cell(let index) = $0 { index } else { nil } }
        #expect(cells == Array(lesson.cells.indices))
    }

    @Test(arguments: 0..<300)
    func byteSoupRendersAsLibcmarkRendersIt(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = [
            "```", "~~~", "swift", "output", "> ", "- ", "1. ", "  ", "    ", "\t", "\n", "\n", "\r\n", "---", "\"",
            "é", "x", "\0", "<div>", "<b>", "*", "_", "[a]", "(b)", "[a]: /u", "![i](j \"t\")", "`", "\\", "&amp;",
            "#", "## ", "--", "...", "'", "<http://x.y>", "[l](javascript:x)", "3) ",
        ]
        let text = (0..<Int.random(in: 0...80, using: &random)).map { _ in random.pick(pieces) }.joined()
        let lesson = Lesson(text: text)
        #expect(
            lesson.markdown.html(allowingUnsafeHTML: seed % 2 == 0) == libcmarkHTML(of: lesson, unsafe: seed % 2 == 0))
    }

    @Test func deepNestingNeedsNoRecursion() {
        let lesson = Lesson(text: String(repeating: "> - ", count: 20_000) + "deep\n")
        #expect(lesson.markdown.steps.count > 80_000)
        #expect(lesson.markdown.html(allowingUnsafeHTML: false) == libcmarkHTML(of: lesson, unsafe: false))
    }

    @Test func walksThatDoNotFitAreRenderedAsFarAsTheyGo() {
        let loose = MarkdownTree(steps: [.leaf(.text("a")), .enter(.paragraph), .leaf(.text("b"))])
        #expect(loose.html(allowingUnsafeHTML: false) == "a<p>b</p>\n")
        let misplaced = MarkdownTree(steps: [
            .enter(.list(ordered: true, start: 3, tight: true)), .leaf(.text("x")), .enter(.item),
            .enter(.paragraph), .leaf(.text("y")), .exit, .exit, .exit, .exit,
        ])
        #expect(misplaced.html(allowingUnsafeHTML: false) == "<ol start=\"3\">\n<li>y</li>\n</ol>\n")
    }
}
