import LessonDocument
import Testing

@testable import LessonRunner

/// Cells with test flags (nbdev's `tst_flags`): skipped unless the runner is given their flags.
@Suite struct TestFlagTests {
    private let lesson =
        "---\nflags: [slow, gpu]\n---\n" + cell("let fast = 1\nfast", output: "1") + "\n"
        + cell("let model = 6 * 7\nmodel", options: "slow", output: "recorded 42") + "\n"
        + cell("fast + 1", output: "2")

    @Test func aFlaggedCellIsSkippedWithoutItsFlag() throws {
        let check = LessonCheck(try run(lesson))
        #expect(check.verdicts == [.passed, .skipped, .passed])
        #expect(check.run.cells[1].skip == .flags(["slow"]))
        #expect(check.tally.closingLine == "2 passed, 0 failed, 1 skipped")
        #expect(
            check.run.cells[1].runReport(file: "x.md", style: .plain)
                == "x.md:13 skipped (flag slow; run with --flags slow)")
    }

    @Test func aFlaggedCellRunsWithItsFlag() throws {
        let check = LessonCheck(try run(lesson, runner: LessonRunner(flags: ["slow"])))
        let outcomes = check.run.cells
        #expect(outcomes.allSatisfy { $0.ran })
        #expect(check.run.cells[1].text == "42")
        #expect(check.tally.closingLine == "2 passed, 1 failed")  // its recorded output is stale
    }

    @Test func aCellWithSeveralFlagsNeedsThemAll() throws {
        let text = "---\nflags: [slow, gpu]\n---\n" + cell("1", options: "slow gpu", output: "1")
        #expect(try run(text, runner: LessonRunner(flags: ["slow"])).cells[0].skip == .flags(["gpu"]))
        #expect(try run(text).cells[0].skip == .flags(["slow", "gpu"]))
        #expect(CellSkip.flags(["slow", "gpu"]).description == "flags slow, gpu; run with --flags slow,gpu")
        #expect(try run(text, runner: LessonRunner(flags: ["gpu", "slow", "other"])).cells[0].ran)
    }

    @Test func updateLeavesASkippedCellsRecordedOutputAlone() throws {
        let update = try LessonUpdate(try run(lesson))
        #expect(!update.changesFile)
        let withFlag = try LessonUpdate(try run(lesson, runner: LessonRunner(flags: ["slow"])))
        #expect(withFlag.updatedText.contains("```output\n42\n```"))
    }

    @Test func aLaterCellUsingANameOfASkippedCellFailsWithANoteNamingIt() throws {
        let text = lesson + "\n" + cell("model + 1", output: "43")
        let check = LessonCheck(try run(text, path: "lessons/x.md"))
        #expect(check.tally.closingLine == "2 passed, 1 failed, 1 skipped")
        #expect(
            check.report(style: .plain) == """
                lessons/x.md:31:1: error: cannot find 'model' in scope
                note: `model` is defined by the cell at lessons/x.md:13, skipped (flag slow; run with --flags slow)
                """)
        // The note is for the reader: the recorded output is the error alone.
        #expect(check.run.cells[3].text == "x.md:31:1: error: cannot find 'model' in scope")
        #expect(try run(text, runner: LessonRunner(flags: ["slow"])).cells[3].text == "43")
    }

    @Test func otherErrorsGetNoNote() throws {
        let text = lesson + "\n" + cell("undefinedThing")
        #expect(try run(text).cells[3].error?.note == nil)
    }

    @Test func aNoRunCellsNamesAreNotedToo() throws {
        let text = cell("let late = 1", options: "no-run") + cell("late")
        #expect(
            try run(text, path: "n.md").cells[1].error?.note
                == "note: `late` is defined by the cell at n.md:1, skipped (no-run)")
    }

    @Test func anUndeclaredWordIsAnUnknownOptionAndTheCellRuns() throws {
        let text = cell("1", options: "slow", output: "1")
        let loaded = try input(text, path: "u.md")
        #expect(
            loaded.warnings == [
                "u.md:1:10: warning: unknown cell option `slow` (a test flag is declared in the front matter: "
                    + "`flags: [slow]`)"
            ])
        #expect(LessonCheck(LessonRunner().run(loaded)).verdicts == [.passed])
    }

    @Test func aJUnitReportSaysWhyACellWasSkipped() throws {
        let xml = JUnitReport.xml(for: [LessonCheck(try run(lesson))])
        #expect(xml.contains("<skipped message=\"flag slow; run with --flags slow\"/>"))
    }
}
