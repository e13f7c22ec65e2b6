import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func passesARecordedLesson() throws {
        let result = try CLI.run(["check", "tour.md"])
        #expect(result.status == 0)
        #expect(result.stdout == "7 passed, 0 failed, 1 skipped\n")
        #expect(result.stderr == "")
    }

    @Test func printsALocatedDiffForAMismatch() throws {
        let result = try CLI.run(["check", "mismatch.md"])
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                mismatch.md:10: output differs
                @@ -11,1 +11,1 @@
                -0.70
                +0.75
                1 passed, 1 failed

                """)
    }

    @Test func anUnexpectedErrorFailsAndTheNextCellRuns() throws {
        let result = try CLI.run(["check", "failing.md"])
        #expect(result.status == 1)
        #expect(result.stdout == "failing.md:5:7: error: Index out of range\n1 passed, 1 failed\n")
    }

    @Test func checksFoldersAndSeveralPathsInOrder() throws {
        let scratch = try Scratch(copying: ["tour.md", "failing.md"])
        try FileManager.default.createDirectory(atPath: scratch.path + "/more", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.lessons + "/mismatch.md", toPath: scratch.path + "/more/m.md")
        let result = try CLI.run(["check", "."], in: scratch.path)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix("./failing.md:5:7: error: Index out of range\n./more/m.md:10: output differs\n"))
        #expect(result.stdout.hasSuffix("9 passed, 2 failed, 1 skipped\n"))
    }

    @Test func parallelLessonsPrintTheSameAsOneAtATime() throws {
        let paths = ["mismatch.md", "tour.md", "failing.md", "mismatch.md", "failing.md"]
        let single = try CLI.run(["check"] + paths)
        let parallel = try CLI.run(["check", "--jobs", "3"] + paths)
        #expect(parallel.stdout == single.stdout)
        #expect(parallel.status == single.status)
        #expect(single.stdout.hasSuffix("11 passed, 4 failed, 1 skipped\n"))
    }

    @Test func eachLessonHasItsOwnMemoryLimitSoParallelLessonsFailAsTheyDoAlone() throws {
        let scratch = try Scratch()
        // Each lesson holds 600 MB of tensors (zero pages) while it counts for a while: within the limit of 1 GiB
        // alone, over it if two shared one limit.
        let lesson = """
            ```swift
            let held = zeros([150_000_000])
            var n = 0
            while n < 300_000 { n += 1 }
            held.shape
            ```

            ```output
            [150000000]
            ```

            """
        let paths = ["a.md", "b.md", "c.md"]
        for path in paths { try scratch.write(Array(lesson.utf8), to: path) }
        let single = try CLI.run(["check", "--memory-limit", "1G"] + paths, in: scratch.path)
        let parallel = try CLI.run(["check", "--memory-limit", "1G", "--jobs", "3"] + paths, in: scratch.path)
        #expect(single.stdout == "3 passed, 0 failed\n")
        #expect(parallel.stdout == single.stdout)
        #expect(parallel.status == 0)
    }

    @Test func writesAJUnitReport() throws {
        let scratch = try Scratch()
        let report = scratch.path + "/report.xml"
        let result = try CLI.run(["check", "--junit", report, "tour.md", "mismatch.md"])
        #expect(result.status == 1)
        let xml = try String(contentsOfFile: report, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"lesson\" tests=\"10\""))
        #expect(xml.contains("<testsuite name=\"tour.md\" tests=\"8\" failures=\"0\" errors=\"0\" skipped=\"1\">"))
        #expect(xml.contains("<testcase classname=\"mismatch.md\" name=\"mismatch.md:5\">"))
        #expect(xml.contains("<failure message=\"output differs\" type=\"output\">mismatch.md:10: output differs"))
    }

    @Test func anUnwritableReportIsExitStatusTwo() throws {
        let result = try CLI.run(["check", "--junit", "/no/such/folder/report.xml", "tour.md"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "/no/such/folder/report.xml: error: cannot create a temporary file in /no/such/folder: "
                + "No such file or directory\n")
        #expect(result.stdout.hasSuffix("7 passed, 0 failed, 1 skipped\n"))
    }

    @Test func noColorsWhenStdoutIsNotATerminal() throws {
        let result = try CLI.run(["check", "mismatch.md"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
