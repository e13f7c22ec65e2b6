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
        #expect(frontMatter?.value(forKey: "summary") == "a\nb\n")  // YAML keeps a block scalar's last line break
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
        // Found by fuzzing the hand-written reader this replaced (it trapped); with Yams it is libyaml's error.
        let (_, diagnostics) = frontMatter("t: {h: ")
        #expect(
            diagnostics.map(\.description) == [
                "2:1: error: front matter: did not find expected node content while parsing a flow node"
            ])
    }

    @Test func malformedLinesAreErrorsWithLocations() {
        let (frontMatter, diagnostics) = frontMatter(
            "title: ok", "just words", "print: {linewidth: 200", "other: \"open", "  indented: x", "map: {a:1}",
            "q: \"bad \\q\"", "seed: 5")
        #expect(frontMatter?.title == "ok")
        #expect(frontMatter?.seed == 5)
        #expect(frontMatter?.value(forKey: "map")?.hasPrefix("{'a:1'") == true)  // YAML reads `a:1` as one key
        #expect(
            diagnostics.map(\.description) == [
                "3:1: error: front matter: expected `key: value` (with a space after `:`)",
                "4:8: error: front matter: did not find expected ',' or '}' while parsing a flow mapping",
                "5:8: error: front matter: found unexpected end of stream while scanning a quoted scalar",
                "8:9: error: front matter: found unknown escape character while parsing a quoted scalar",
            ])
    }

    @Test func indentationMustAgree() {
        #expect(frontMatter("  title: x").0?.title == "x")  // one indented mapping is still YAML
        let (_, diagnostics) = frontMatter("  title: x", "seed: 1")
        #expect(diagnostics.map(\.location.description) == ["3:1"])
        #expect(diagnostics.map(\.severity) == [.error])
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
        #expect(diagnostics.map(\.message) == ["front matter: nested collections are not supported in `print`"])
        #expect(diagnostics.map(\.location.description) == ["2:12"])
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

    @Test func listsCommentsQuotedStringsAndFlowMappings() {
        let (frontMatter, diagnostics) = frontMatter(
            "# Lesson settings", "title: 'Pixels: a first look'  # shown on the page", "tags: [mnist, basics]",
            "authors:", "  - Jeremy", "  - Sylvain", "print: {precision: 2}  # fewer digits", "seed: 7")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "Pixels: a first look")
        #expect(frontMatter?.value(forKey: "tags") == "[mnist, basics]")
        #expect(frontMatter?.value(forKey: "authors") == "- Jeremy\n- Sylvain")
        #expect(frontMatter?.printOptions.map(\.key) == ["precision"])
        #expect(frontMatter?.printOptions.map(\.location) == [SourceLocation(line: 8, column: 20)])
        #expect(frontMatter?.seed == 7)
    }

    @Test func aliasesAndFlowCollectionsOverSeveralLines() {
        let (frontMatter, diagnostics) = frontMatter(
            "defaults: &d {precision: 2, linewidth: 100}", "print: *d", "tags: [a,", "  b]")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.printOptions.map(\.key) == ["precision", "linewidth"])
        #expect(frontMatter?.printOptions.map(\.value) == ["2", "100"])
        #expect(frontMatter?.value(forKey: "tags") == "[a, b]")
    }

    @Test func nullLeavesASettingUnsetButAQuotedNullIsText() {
        let (frontMatter, diagnostics) = frontMatter("seed: ~", "title: null", "timeout: 'null'")
        #expect(frontMatter?.seed == nil && frontMatter?.title == nil)
        #expect(
            diagnostics.map(\.description) == [
                "4:10: error: front matter: `timeout` must be a positive number of seconds, not `null`"
            ])
    }

    @Test func columnsCountBytes() {
        let (frontMatter, _) = frontMatter("print: {ü: 1, precision: 3}", "seed: \"é\"")
        #expect(
            frontMatter?.printOptions.map(\.location) == [
                SourceLocation(line: 2, column: 13), SourceLocation(line: 2, column: 27),
            ])
        let (_, diagnostics) = self.frontMatter("note: é", "seed: [é]")
        #expect(diagnostics.map(\.location.description) == ["3:7"])
    }
}
