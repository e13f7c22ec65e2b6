import LessonDocument
import Testing

@Suite struct CellOptionsTests {
    private func options(_ info: String) -> (CellOptions, [Diagnostic]) {
        let lesson = Lesson(text: markdown("```\(info)", "x", "```"))
        return (lesson.cells.first?.options ?? CellOptions(), lesson.diagnostics)
    }

    @Test func noOptions() {
        let (options, diagnostics) = self.options("swift")
        #expect(options == CellOptions())
        #expect(diagnostics.isEmpty)
    }

    @Test func everyFlag() {
        let (options, diagnostics) = self.options("swift no-run expect-error no-check hide-code hide-output")
        #expect(options.noRun && options.expectError && options.noCheck && options.hideCode && options.hideOutput)
        #expect(diagnostics.isEmpty)
    }

    @Test func hideHidesCodeAndOutput() {
        let (options, _) = self.options("swift hide")
        #expect(options.hideCode && options.hideOutput && !options.noRun)
    }

    @Test func timeoutAndTolerance() {
        let (options, diagnostics) = self.options("swift timeout=2.5 tolerance=1e-3")
        #expect(options.timeout == 2.5)
        #expect(options.tolerance == 0.001)
        #expect(diagnostics.isEmpty)
    }

    @Test func badValuesAreWarningsAtTheWord() {
        let (options, diagnostics) = self.options("swift timeout=soon tolerance=-1 timeout=0")
        #expect(options.timeout == nil && options.tolerance == nil)
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(diagnostics.map(\.column) == [10, 23, 36])
        #expect(diagnostics[0].message == "`timeout=soon`: a timeout is a positive number of seconds")
    }

    @Test func unknownOptionIsAWarningWithItsLocation() {
        let lesson = Lesson(text: markdown("# T", "", "- ```swift  fast no-check", "  x", "  ```"))
        #expect(lesson.cells[0].options.noCheck)
        let message = "unknown cell option `fast` (a test flag is declared in the front matter: `flags: [fast]`)"
        #expect(lesson.diagnostics == [Diagnostic(.warning, message, at: SourceLocation(line: 3, column: 13))])
        #expect(lesson.diagnostics[0].description == "3:13: warning: " + message)
        let odd = Lesson(text: markdown("```swift x=1", "x", "```"))
        #expect(odd.diagnostics.map(\.message) == ["unknown cell option `x=1`"])
    }

    @Test func declaredFlagsAreFlagsInTheOrderWritten() {
        let lesson = Lesson(
            text: markdown("---", "flags: [slow, gpu]", "---", "```swift gpu no-check slow gpu", "x", "```"))
        #expect(lesson.cells[0].options.flags == ["gpu", "slow"])
        #expect(lesson.cells[0].options.noCheck)
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test(arguments: ["flags: [slow]", "flags: slow", "flags:\n  - slow\n  - 'gpu'", "flags: [\"slow\", gpu]"])
    func flagsMayBeWrittenAsAnyYAMLListOfWords(declaration: String) {
        let lesson = Lesson(text: markdown("---", declaration, "---", "```swift slow", "x", "```"))
        #expect(lesson.cells[0].options.flags == ["slow"])
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func aFlagThatIsAnOptionOrNotAWordIsAnError() {
        let lesson = Lesson(text: markdown("---", "flags: [no-run, 9lives, ok]", "---", "```swift ok", "x", "```"))
        #expect(
            lesson.diagnostics.map(\.description) == [
                "2:8: error: front matter: `flags`: `no-run` is a cell option, not a flag",
                "2:8: error: front matter: `flags`: `9lives` is not a flag word (a letter, then letters, digits, `-` "
                    + "and `_`)",
            ])
        #expect(lesson.cells[0].options.flags == ["ok"])
    }

    @Test func flagWords() {
        for word in ["slow", "gpu", "full-data", "big_model", "v2", "Slow"] { #expect(CellOptions.isFlagWord(word)) }
        for word in ["", "2fast", "no-run", "hide", "x=1", "sló", "-x", "a b"] {
            #expect(!CellOptions.isFlagWord(word))
        }
    }

    @Test func optionsSeparatedByTabs() {
        let (options, diagnostics) = self.options("swift\tno-run\thide-code")
        #expect(options.noRun && options.hideCode)
        #expect(diagnostics.isEmpty)
    }

    @Test func tildeFenceMayHoldBackticksInItsInfo() {
        let lesson = Lesson(text: markdown("~~~swift `odd`", "x", "~~~"))
        #expect(lesson.cells.count == 1)
        #expect(lesson.diagnosticMessages == ["unknown cell option ``odd``"])
    }
}
