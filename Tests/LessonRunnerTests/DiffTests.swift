import LessonDocument
import Testing

@testable import LessonRunner

@Suite struct DiffTests {
    @Test func showsChangedLinesWithContextAndFileLineNumbers() {
        let diff = LineDiff(old: ["a", "b", "c"], new: ["a", "x", "c"])
        #expect(diff.lines(oldStart: 10, newStart: 10) == ["@@ -10,3 +10,3 @@", " a", "-b", "+x", " c"])
    }

    @Test func splitsDistantChangesIntoHunks() {
        let old = (1...20).map(String.init)
        var new = old
        new[1] = "two"
        new[17] = "eighteen"
        let lines = LineDiff(old: old, new: new).lines(oldStart: 1, newStart: 1)
        #expect(lines.filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,5 @@", "@@ -15,6 +15,6 @@"])
        #expect(lines.filter { $0.hasPrefix("-") } == ["-2", "-18"])
        #expect(lines.filter { $0.hasPrefix("+") } == ["+two", "+eighteen"])
    }

    @Test func numbersAnEmptySideByTheLineBefore() {
        #expect(LineDiff(old: [], new: ["a"]).lines(oldStart: 8, newStart: 8) == ["@@ -7,0 +8,1 @@", "+a"])
        #expect(LineDiff(old: ["a"], new: []).lines(oldStart: 8, newStart: 8) == ["@@ -8,1 +7,0 @@", "-a"])
        #expect(LineDiff(old: ["a"], new: ["a"]).lines(oldStart: 1, newStart: 1).isEmpty)
    }

    @Test func aCellsDiffIsLocatedAtItsOutputBlock() throws {
        let lesson = Lesson(text: "# T\n\n" + cell("0.5 + 0.25", output: "0.5\nend"))
        let difference = try #require(
            OutputDifference(cell: lesson.cells[0], actual: "0.75\nend\n", matcher: OutputMatcher()))
        #expect(
            difference.report(file: "lessons/x.md", style: .plain)
                == "lessons/x.md:7: output differs\n@@ -8,2 +8,2 @@\n-0.5\n+0.75\n end")
    }

    @Test func linesThatMatchAsNumbersAreContext() throws {
        let lesson = Lesson(text: cell("t", output: "tensor([0.1114,\n        0.5000])"))
        let difference = try #require(
            OutputDifference(
                cell: lesson.cells[0], actual: "tensor([0.11138,\n        0.6000])", matcher: OutputMatcher()))
        #expect(difference.lines == ["@@ -6,2 +6,2 @@", " tensor([0.1114,", "-        0.5000])", "+        0.6000])"])
    }

    @Test func aMissingBlockOrMissingOutputIsADifference() throws {
        let lesson = Lesson(text: cell("1", output: nil) + "\n" + cell("let x = 1", output: "1"))
        let missingBlock = try #require(
            OutputDifference(cell: lesson.cells[0], actual: "1\n", matcher: OutputMatcher()))
        #expect(missingBlock.line == 1)
        #expect(missingBlock.headline == "output differs (the cell has no output block)")
        #expect(missingBlock.lines == ["@@ -3,0 +4,1 @@", "+1"])
        let missingOutput = try #require(OutputDifference(cell: lesson.cells[1], actual: nil, matcher: OutputMatcher()))
        #expect(missingOutput.line == 9)
        #expect(missingOutput.headline == "output differs (the cell has no output)")
        #expect(missingOutput.lines == ["@@ -10,1 +9,0 @@", "-1"])
    }

    @Test func marksDiffLinesByTheirFirstCharacter() {
        let style = RoleBrackets()
        #expect(style.diffLine("-a") == "<removed>-a</removed>")
        #expect(style.diffLine("+a") == "<added>+a</added>")
        #expect(style.diffLine("@@ -1 +1 @@") == "<hunk>@@ -1 +1 @@</hunk>")
        #expect(style.diffLine(" a") == " a")
        #expect(PlainReportStyle().diffLine("-a") == "-a")
    }

    @Test func aReportMarksItsLocationAndDiffLines() throws {
        let lesson = Lesson(text: "```swift\n1\n```\n\n```output\n2\n```\n")
        let difference = try #require(OutputDifference(cell: lesson.cells[0], actual: "1", matcher: OutputMatcher()))
        #expect(
            difference.report(file: "x.md", style: RoleBrackets()) == """
                <location>x.md:5:</location> output differs
                <hunk>@@ -6,1 +6,1 @@</hunk>
                <removed>-2</removed>
                <added>+1</added>
                """)
    }

    @Test func controlCharactersACellPrintsShowAsEscapesInADiff() throws {
        let lesson = Lesson(text: "```swift\n1\n```\n\n```output\nred\n```\n")
        let printed = "\u{1B}[31mred\u{1B}[0m\rbell\u{07}\tcsi\u{9B}"
        let difference = try #require(
            OutputDifference(cell: lesson.cells[0], actual: printed, matcher: OutputMatcher()))
        #expect(
            difference.report(file: "x.md", style: .plain) == """
                x.md:5: output differs
                @@ -6,1 +6,2 @@
                -red
                +\\u{1B}[31mred\\u{1B}[0m
                +bell\\u{7}\tcsi\\u{9B}
                """)
    }
}
