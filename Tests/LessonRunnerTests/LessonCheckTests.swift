import Testing

@testable import LessonRunner

@Suite struct LessonCheckTests {
    @Test func passesMatchingOutputsAndReportsNothing() throws {
        let check = LessonCheck(try run(cell("0.1 + 0.2", output: "0.30000000000000004") + cell("let x = 1")))
        #expect(check.verdicts == [.passed, .passed])
        #expect(check.report(style: .plain) == "")
        #expect(check.tally.closingLine == "2 passed, 0 failed")
    }

    @Test func theCellsToleranceOverridesTheLessons() throws {
        let lesson =
            "---\ntolerance: 0.1\n---\n" + cell("2.7", output: "2.5")
            + cell("2.7", options: "tolerance=0.01", output: "2.5")
        let check = LessonCheck(try run(lesson))
        #expect(check.verdicts[0] == .passed)
        #expect(check.verdicts[1] != .passed)
    }

    @Test func reportsMismatchesErrorsAndMissingErrorsInFileOrder() throws {
        let lesson =
            cell("1 + 1", output: "3") + cell("[1][2]") + cell("1", options: "expect-error", output: "1")
            + cell("2", options: "no-run")
        let check = LessonCheck(try run(lesson))
        #expect(
            check.report(style: .plain) == """
                lessons/test.md:5: output differs
                @@ -6,1 +6,1 @@
                -3
                +2
                lessons/test.md:9:4: error: Index out of range
                lessons/test.md:11: expected an error (expect-error), but the cell ran without one
                """)
        #expect(check.tally.closingLine == "0 passed, 3 failed, 1 skipped")
    }

    @Test func anExpectedErrorIsComparedWithItsBlock() throws {
        let right = cell("[1][2]", options: "expect-error", output: "test.md:2:4: error: Index out of range")
        #expect(LessonCheck(try run(right)).verdicts == [.passed])
        let wrong = cell("[1][2]", options: "expect-error", output: "test.md:2:4: error: something else")
        #expect(LessonCheck(try run(wrong)).tally.failed == 1)
    }

    @Test func anExpectedErrorComparesWithoutThePlaceItNames() throws {
        let moved = cell("[1][2]", options: "expect-error", output: "renamed.md:40:4: error: Index out of range")
        let checked = try run("# Prose added above\n\n" + moved)
        #expect(LessonCheck(checked).verdicts == [.passed])
        // What `run` prints, and what `update` records, still name the place.
        #expect(checked.cells[0].text == "test.md:4:4: error: Index out of range")
        let wrong = cell("[1][2]", options: "expect-error", output: "renamed.md:40:4: error: something else")
        #expect(LessonCheck(try run(wrong)).tally.failed == 1)
    }

    @Test func aSyntaxErrorComparesWithoutItsLineNumbers() throws {
        let lesson = cell("let a = 1\nlet b = ", options: "expect-error")
        let recorded = try #require(run(lesson).cells[0].text)
        #expect(recorded.contains("3 | let b = "))
        let moved = try run(
            "# Prose\n\nmore prose\n\n" + cell("let a = 1\nlet b = ", options: "expect-error", output: recorded))
        #expect(try #require(moved.cells[0].text).contains("7 | let b = "))
        #expect(LessonCheck(moved).verdicts == [.passed])
    }

    @Test func errorLinesLoseTheirPlacesAndMarginsTheirNumbers() {
        #expect(
            ErrorLocations.removed(from: [
                "printed: error: not a place", "a b.md:3: error: one", "x.md:12:5: error: two", " 11 | let a =",
                "    |        `- error: expected", ":5: error: no file",
            ]) == [
                "printed: error: not a place", "error: one", "error: two", " | let a =", " |        `- error: expected",
                ":5: error: no file",
            ])
    }

    @Test func anUnexpectedErrorFailsEvenWhenItsMessageWasRecorded() throws {
        let lesson = cell("[1][2]", output: "test.md:2:4: error: Index out of range")
        #expect(LessonCheck(try run(lesson)).tally.failed == 1)
    }

    @Test func closingLineNamesSkippedCellsOnlyWhenThereAreAny() {
        var tally = Tally()
        tally.count(.passed)
        #expect(tally.closingLine == "1 passed, 0 failed")
        tally.count(.skipped)
        tally.count(.failed(.missingError))
        #expect(tally.closingLine == "1 passed, 1 failed, 1 skipped")
        #expect(tally.styledClosingLine(RoleBrackets()) == "<failure>1 passed, 1 failed, 1 skipped</failure>")
        #expect(Tally().styledClosingLine(RoleBrackets()) == "<success>0 passed, 0 failed</success>")
    }

    @Test func filesThatCouldNotBeUsedAreCountedAndNeverShowAsZeroPassed() {
        let unread = Tally(passed: 0, failed: 0, filesNotRun: 1)
        #expect(unread.closingLine == "1 file not run")
        #expect(unread.runClosingLine == "1 file not run")
        #expect(unread.styledClosingLine(RoleBrackets()) == "<failure>1 file not run</failure>")
        let some = Tally(passed: 3, failed: 0, skipped: 1, filesNotRun: 2)
        #expect(some.closingLine == "3 passed, 0 failed, 1 skipped, 2 files not run")
        #expect(
            some.styledRunClosingLine(RoleBrackets())
                == "<failure>3 ran, 0 failed, 1 skipped, 2 files not run</failure>")
    }

    @Test func runsClosingLineCountsEveryCellThatRanFailedOnesIncluded() {
        let tally = Tally(passed: 8, failed: 1, skipped: 1)
        #expect(tally.runClosingLine == "9 ran, 1 failed, 1 skipped")
        #expect(Tally(passed: 2, failed: 0).runClosingLine == "2 ran, 0 failed")
        #expect(tally.styledRunClosingLine(RoleBrackets()) == "<failure>9 ran, 1 failed, 1 skipped</failure>")
        #expect(
            Tally(passed: 2, failed: 0).styledRunClosingLine(RoleBrackets()) == "<success>2 ran, 0 failed</success>")
    }
}
