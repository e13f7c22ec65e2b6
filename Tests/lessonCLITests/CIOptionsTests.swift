import Foundation
import Testing

/// What CI uses: shards, GitHub annotations, test flags.
@Suite struct CIOptionsTests {
    /// A folder of `count` small passing lessons, `l0.md`...
    private func course(_ count: Int) throws -> Scratch {
        let scratch = try Scratch()
        for index in 0..<count {
            try scratch.write(Array("```swift\n\(index)\n```\n\n```output\n\(index)\n```\n".utf8), to: "l\(index).md")
        }
        return scratch
    }

    /// The lessons a JUnit report names, one suite each.
    private func suites(in report: String) throws -> [String] {
        let xml = try String(contentsOfFile: report, encoding: .utf8)
        return xml.matches(of: #/<testsuite name="([^"]+)"/#).map { String($0.output.1) }
    }

    @Test func theShardsOfNTogetherCheckEveryLessonExactlyOnce() throws {
        let scratch = try course(7)
        let all = (0..<7).map { "./l\($0).md" }.sorted()
        for count in 1...4 {
            var checked: [String] = []
            for number in 1...count {
                let report = scratch.path + "/report-\(number)-of-\(count).xml"
                let result = try CLI.run(
                    ["check", "--shard", "\(number)/\(count)", "--junit", report, "."], in: scratch.path)
                #expect(result.status == 0)
                let lessons = try suites(in: report)
                #expect(result.stdout == "\(lessons.count) passed, 0 failed\n")
                checked += lessons
            }
            #expect(checked.sorted() == all, "\(count) shards")
        }
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "2", "two/four", ""])
    func aBadShardIsBadUsage(shard: String) throws {
        let result = try CLI.run(["check", "--shard", shard, "tour.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard: "))
        #expect(result.stdout == "")
    }

    @Test func githubFormatAddsAnAnnotationAfterEachPlainFailure() throws {
        let plain = try CLI.run(["check", "mismatch.md", "failing.md"])
        let github = try CLI.run(["check", "--format", "github", "mismatch.md", "failing.md"])
        #expect(github.status == 1)
        let lines = github.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { !$0.hasPrefix("::") }.joined(separator: "\n") == plain.stdout)
        let outputDiffers =
            "::error file=mismatch.md,line=10,title=lesson check%3A output differs::mismatch.md:10: output differs"
            + "%0A@@ -11,1 +11,1 @@%0A-0.70%0A+0.75"
        let error = "::error file=failing.md,line=5,col=7,title=lesson check%3A error::failing.md:5:7: error: Index "
        let annotations: [String] = lines.filter { $0.hasPrefix("::") }
        #expect(annotations == [outputDiffers, error + "out of range"])
        #expect(lines[4].hasPrefix("::error file=mismatch.md"))  // right after the diff it annotates
    }

    @Test func githubFormatAnnotatesRunAndUpdateFailuresToo() throws {
        let run = try CLI.run(["run", "--format", "github", "failing.md"])
        #expect(
            run.stdout.contains(
                "failing.md:5:7: error: Index out of range\n::error file=failing.md,line=5,col=7,title=lesson run%3A "
                    + "error::failing.md:5:7: error: Index out of range\n"))
        let update = try CLI.run(["update", "--dry-run", "--format", "github", "failing.md"])
        #expect(update.stdout.contains("::error file=failing.md,line=5,col=7,title=lesson update%3A error::"))
    }

    @Test func plainIsTheDefaultAndAnUnknownFormatIsBadUsage() throws {
        #expect(try !CLI.run(["check", "failing.md"]).stdout.contains("::error"))
        #expect(try CLI.run(["check", "--format", "yaml", "failing.md"]).status == 2)
    }

    /// A lesson with a slow cell, declared in its front matter, whose recorded output is stale.
    private let slowLesson = """
        ---
        flags: [slow]
        ---
        ```swift
        let quick = 1
        ```

        ```swift slow
        let trained = 6 * 7
        trained
        ```

        ```output
        41
        ```

        """

    @Test func flaggedCellsAreSkippedUnlessTheirFlagIsGiven() throws {
        let scratch = try Scratch()
        try scratch.write(Array(slowLesson.utf8), to: "slow.md")
        let skipped = try CLI.run(["check", "slow.md"], in: scratch.path)
        #expect(skipped.status == 0)
        #expect(skipped.stdout == "1 passed, 0 failed, 1 skipped\n")
        #expect(skipped.stderr == "")
        let run = try CLI.run(["run", "slow.md"], in: scratch.path)
        #expect(
            run.stdout
                == "slow.md:4\nslow.md:8 skipped (flag slow; run with --flags slow)\n1 ran, 0 failed, 1 skipped\n")
        for flags in [["--flags", "slow"], ["--flags", "gpu,slow"], ["--flags", "gpu", "--flags", "slow"]] {
            let checked = try CLI.run(["check"] + flags + ["slow.md"], in: scratch.path)
            #expect(checked.status == 1, "\(flags)")
            #expect(checked.stdout.hasSuffix("1 passed, 1 failed\n"))
        }
    }

    @Test func updateLeavesASkippedCellsBlockAloneAndRecordsItWithTheFlag() throws {
        let scratch = try Scratch()
        try scratch.write(Array(slowLesson.utf8), to: "slow.md")
        let update = try CLI.run(["update", "slow.md"], in: scratch.path)
        #expect(update.stdout == "1 passed, 0 failed, 1 skipped\n")
        #expect(try scratch.read("slow.md") == slowLesson)
        #expect(try CLI.run(["update", "--flags", "slow", "slow.md"], in: scratch.path).status == 0)
        #expect(try scratch.read("slow.md") == slowLesson.replacing("41", with: "42"))
    }

    @Test(arguments: ["no-run", "2fast", "a b"])
    func aFlagThatCannotBeOneIsBadUsage(flag: String) throws {
        let result = try CLI.run(["check", "--flags", flag, "tour.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--flags: "))
    }
}
