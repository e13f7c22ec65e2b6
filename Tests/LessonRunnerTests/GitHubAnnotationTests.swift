import Testing

@testable import LessonRunner

@Suite struct GitHubAnnotationTests {
    @Test func escapesTheMessageAsGitHubsToolkitDoes() {
        #expect(GitHubAnnotation.escapedData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubAnnotation.escapedData("%0A stays text") == "%250A stays text")
    }

    @Test func escapesPropertiesColonsAndCommasToo() {
        #expect(GitHubAnnotation.escapedProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
    }

    @Test func writesOneCommandLineWithFileLineColumnAndTitle() {
        let annotation = GitHubAnnotation(
            file: "lessons/a,b.md", line: 14, column: 9, title: "lesson check: error",
            message: "lessons/a,b.md:14:9: error: 50% off\nsecond line")
        #expect(
            annotation.command
                == "::error file=lessons/a%2Cb.md,line=14,col=9,title=lesson check%3A error::"
                + "lessons/a,b.md:14:9: error: 50%25 off%0Asecond line")
        let noColumn = GitHubAnnotation(file: "x.md", line: 3, title: "t", message: "m")
        #expect(noColumn.command == "::error file=x.md,line=3,title=t::m")
    }

    @Test func aCheckAnnotatesEachFailureAtItsPlace() throws {
        let lesson =
            cell("let x = [1]\nx[2]") + "\n" + cell("0.5", output: "0.7") + "\n" + cell("1", options: "expect-error")
        let check = LessonCheck(try run(lesson, path: "./lessons//x.md"))
        let annotations = check.annotations
        #expect(annotations.map(\.file) == ["lessons/x.md", "lessons/x.md", "lessons/x.md"])
        #expect(annotations.map(\.line) == [3, 10, 14])
        #expect(annotations.map(\.column) == [2, nil, nil])
        #expect(
            annotations.map(\.title) == [
                "lesson check: error", "lesson check: output differs", "lesson check: expected an error",
            ])
        #expect(annotations[0].message == "./lessons//x.md:3:2: error: Index out of range")
        #expect(
            annotations[1].command
                == "::error file=lessons/x.md,line=10,title=lesson check%3A output differs::./lessons//x.md:10: output "
                + "differs%0A@@ -11,1 +11,1 @@%0A-0.7%0A+0.5")
    }

    @Test func aRunAnnotatesOnlyFailedCells() throws {
        let lessonRun = try run(cell("1") + cell("[1][2]"))
        #expect(lessonRun.cells[0].annotation(file: "x.md", command: "run") == nil)
        let annotation = try #require(lessonRun.cells[1].annotation(file: "x.md", command: "run"))
        #expect(annotation.title == "lesson run: error")
        #expect(annotation.line == 5)
    }
}
