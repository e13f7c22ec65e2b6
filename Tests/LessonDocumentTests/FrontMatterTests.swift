import LessonDocument
import Testing

@Suite struct FrontMatterTests {
    private func frontMatter(_ yaml: String...) -> (FrontMatter?, [Diagnostic]) {
        let lesson = Lesson(text: markdown("---") + yaml.map { $0 + "\n" }.joined() + markdown("---", "# Body"))
        return (lesson.frontMatter, lesson.diagnostics)
    }

    @Test func knownKeys() throws {
        let (parsed, diagnostics) = frontMatter(
            "title: Pixel similarity", "seed: 42", "print: {linewidth: 200, precision: 2}", "timeout: 30",
            "tolerance: 1e-4")
        let frontMatter = try #require(parsed)
        #expect(diagnostics.isEmpty)
        #expect(frontMatter.title == "Pixel similarity")
        #expect(frontMatter.seed == 42)
        #expect(frontMatter.printOptions.map(\.key) == ["linewidth", "precision"])
        #expect(frontMatter.printOptions.map(\.value) == ["200", "2"])
        #expect(frontMatter.printOptions[1].location == SourceLocation(line: 4, column: 36))
        #expect(frontMatter.timeout == 30)
        #expect(frontMatter.tolerance == 1e-4)
        #expect(frontMatter.endLine == 7)
        #expect(frontMatter.entries.map(\.key) == ["title", "seed", "print", "timeout", "tolerance"])
    }

    @Test func frontMatterIsNotMarkdown() {
        let lesson = Lesson(text: markdown("---", "title: T", "---", "# Body"))
        #expect(lesson.proseTexts == ["# Body\n"])
        #expect(lesson.frontMatter?.byteRange == 0..<17)
    }

    @Test func quotedScalarsAndComments() {
        let (frontMatter, diagnostics) = frontMatter(
            "# a comment", "title: \"Tensors: \\\"rank\\\" \\u00e9\" # trailing", "author: 'it''s me'",
            "note: It's fine # c")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "Tensors: \"rank\" é")
        #expect(frontMatter?.value(forKey: "author") == "it's me")
        #expect(frontMatter?.value(forKey: "note") == "It's fine")
    }

    @Test func unknownKeysAreKeptRaw() {
        let (frontMatter, diagnostics) = frontMatter(
            "tags: [mnist, basics]", "aliases:", "  - one", "  - two", "created: 2024-01-17")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.value(forKey: "tags") == "[mnist, basics]")
        #expect(frontMatter?.value(forKey: "aliases") == "- one\n- two")
        #expect(frontMatter?.value(forKey: "created") == "2024-01-17")
    }

    @Test func zeroIndentedSequenceBelongsToItsKey() {
        let (frontMatter, diagnostics) = frontMatter("tags:", "- a", "- b", "title: T")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.value(forKey: "tags") == "- a\n- b")
        #expect(frontMatter?.title == "T")
    }

    @Test func blockMappingForPrint() {
        let (frontMatter, diagnostics) = frontMatter("print:", "  linewidth: 120", "  sci_mode: \"false\"")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.printOptions.map(\.value) == ["120", "false"])
        #expect(
            frontMatter?.printOptions.map(\.location) == [
                SourceLocation(line: 3, column: 14), SourceLocation(line: 4, column: 13),
            ])
    }

    @Test func blockScalarsAndFoldedPlainScalars() {
        let (frontMatter, diagnostics) = frontMatter(
            "title: >", "  MNIST", "  basics", "summary: |", "  a", "  b", "long: one", "  two")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "MNIST basics")
        #expect(frontMatter?.value(forKey: "summary") == "a\nb")
        #expect(frontMatter?.value(forKey: "long") == "one two")
    }

    @Test func emptyFrontMatterAndEmptyValues() {
        let (frontMatter, diagnostics) = frontMatter("seed:", "title:")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.seed == nil)
        #expect(frontMatter?.title == nil)
        let empty = Lesson(text: markdown("---", "---", "x"))
        #expect(empty.frontMatter?.entries == [])
        #expect(empty.proseTexts == ["x\n"])
    }

    @Test func dotsCloseTheFrontMatter() {
        let lesson = Lesson(text: markdown("---", "seed: 3", "...", "text"))
        #expect(lesson.frontMatter?.seed == 3)
    }

    @Test func badValuesAreErrorsAtTheValue() {
        let (frontMatter, diagnostics) = frontMatter(
            "seed: forty", "timeout: -1", "tolerance: lots", "print: 200", "title: {a: 1}")
        #expect(frontMatter?.seed == nil && frontMatter?.timeout == nil && frontMatter?.tolerance == nil)
        #expect(diagnostics.map(\.severity) == Array(repeating: .error, count: 5))
        #expect(diagnostics.map(\.location.description) == ["2:7", "3:10", "4:12", "5:8", "6:8"])
        #expect(diagnostics[0].message == "front matter: `seed` must be an integer, not `forty`")
    }

    @Test func seedThatOverflowsIsAnErrorNotATrap() {
        let (frontMatter, diagnostics) = frontMatter("seed: 99999999999999999999999")
        #expect(frontMatter?.seed == nil)
        #expect(diagnostics.count == 1)
    }

    @Test func anUnclosedMappingEndingInAnEmptyValueIsAnErrorNotATrap() {
        // Found by fuzzing: the value's start was looked for past the end of the line's trimmed text.
        let (_, diagnostics) = frontMatter("t: {h: ")
        #expect(
            diagnostics.map(\.description) == [
                "2:4: error: front matter: unclosed `{`: a mapping must end with `}` on its line"
            ])
    }

    @Test func malformedLinesAreErrorsWithLocations() {
        let (frontMatter, diagnostics) = frontMatter(
            "title: ok", "just words", "print: {linewidth: 200", "other: \"open", "  indented: x", "map: {a:1}",
            "q: \"bad \\q\"")
        #expect(frontMatter?.title == "ok")
        #expect(
            diagnostics.map(\.description) == [
                "3:1: error: front matter: expected `key: value` (with a space after `:`)",
                "4:8: error: front matter: unclosed `{`: a mapping must end with `}` on its line",
                "5:8: error: front matter: unterminated quoted string",
                "7:7: error: front matter: expected `key: value` (with a space after `:`)",
                "8:9: error: front matter: unsupported escape sequence in a quoted string",
            ])
    }

    @Test func unexpectedIndentationAtTheTop() {
        let (_, diagnostics) = frontMatter("  title: x")
        #expect(
            diagnostics.map(\.description) == [
                "2:1: error: front matter: unexpected indentation; keys start at column 1"
            ])
    }

    @Test func duplicateKeyIsAWarningAndTheLastWins() {
        let (frontMatter, diagnostics) = frontMatter("seed: 1", "seed: 2")
        #expect(frontMatter?.seed == 2)
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func flowMappingVariants() {
        let (frontMatter, diagnostics) = frontMatter("print: { \"linewidth\": 80 , precision: '4', }", "extra: {}")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.printOptions.map(\.key) == ["linewidth", "precision"])
        #expect(frontMatter?.printOptions.map(\.value) == ["80", "4"])
        #expect(frontMatter?.value(forKey: "extra") == "{}")
    }

    @Test func nestedFlowCollectionsAreErrors() {
        let (_, diagnostics) = frontMatter("print: {a: {b: 1}}")
        #expect(diagnostics.map(\.message) == ["front matter: nested collections are not supported here"])
    }

    @Test func unclosedFrontMatterIsMarkdownWithAWarning() {
        let lesson = Lesson(text: markdown("---", "title: T", "", "```swift", "1", "```"))
        #expect(lesson.frontMatter == nil)
        #expect(lesson.cells.count == 1)
        #expect(lesson.diagnostics.map(\.severity) == [.warning])
    }

    @Test func frontMatterMustStartOnLineOne() {
        let lesson = Lesson(text: markdown("", "---", "title: T", "---"))
        #expect(lesson.frontMatter == nil)
        #expect(Lesson(text: markdown(" ---", "a: b", "---")).frontMatter == nil)
    }

    @Test func frontMatterAfterAByteOrderMarkWithCRLF() {
        let lesson = Lesson(text: "\u{FEFF}---\r\ntitle: T\r\n---\r\n```swift\r\nx\r\n```\r\n")
        #expect(lesson.frontMatter?.title == "T")
        #expect(lesson.cells[0].block.startLine == 4)
    }

    @Test func plainScalarOnTheLinesBelowItsKey() {
        let (frontMatter, diagnostics) = frontMatter(
            "title:", "  MNIST basics,", "  pixel similarity", "nested:", "  a:", "    b: 1")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "MNIST basics, pixel similarity")
        #expect(frontMatter?.value(forKey: "nested") == "a:\n  b: 1")
    }

    @Test func printThatIsNotAMappingIsAnError() {
        let (frontMatter, diagnostics) = frontMatter("print:", "  linewidth 200")
        #expect(frontMatter?.printOptions == [])
        #expect(diagnostics.map(\.location.description) == ["3:3"])
    }
}
