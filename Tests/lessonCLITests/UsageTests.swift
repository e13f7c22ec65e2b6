import Foundation
import Testing

@Suite struct UsageTests {
    @Test func helpExplainsEachCommand() throws {
        let root = try CLI.run(["--help"])
        #expect(root.status == 0)
        for command in ["run", "check", "update"] {
            #expect(root.stdout.contains("  \(command) "))
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("OVERVIEW:"))
            #expect(help.stdout.contains("--memory-limit <size>"))
            #expect(help.stdout.contains("LESSON_DATA"))
        }
        #expect(try CLI.run(["check", "--help"]).stdout.contains("--junit <file>"))
        #expect(try CLI.run(["update", "--help"]).stdout.contains("--dry-run"))
    }

    @Test(arguments: [
        ["check"],
        ["check", "--frobnicate", "tour.md"],
        ["frobnicate", "tour.md"],
        ["check", "--memory-limit", "lots", "tour.md"],
        ["check", "--timeout", "-1", "tour.md"],
        ["check", "--jobs", "0", "tour.md"],
        ["check", "--data", "/no/such/data", "tour.md"],
    ])
    func badUsageIsExitStatusTwoWithAMessage(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Error: "))
        #expect(result.stdout == "")
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try CLI.run(["check", "nowhere.md", "tour.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "nowhere.md: error: no such file or folder\n")
        #expect(result.stdout == "7 passed, 0 failed, 1 skipped, 1 file not run\n")
    }

    @Test func aFileThatIsNotUTF8IsNamed() throws {
        let scratch = try Scratch()
        try scratch.write(Array("# Notes\n".utf8) + [0xC3, 0x28], to: "latin.md")
        let result = try CLI.run(["run", "latin.md"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr == "latin.md:2:1: error: not valid UTF-8\n")
        #expect(result.stdout == "1 file not run\n")
    }

    @Test func anUnclosedFenceIsLocated() throws {
        let scratch = try Scratch()
        try scratch.write(Array("# Notes\n\n```swift\nlet x = 1\n".utf8), to: "open.md")
        let result = try CLI.run(["update", "open.md"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr == "open.md:3:1: error: this cell's fence is never closed\n")
        #expect(try scratch.read("open.md") == "# Notes\n\n```swift\nlet x = 1\n")
    }

    @Test func warningsGoToStderrAndTheLessonStillRuns() throws {
        let scratch = try Scratch()
        try scratch.write(Array("```swift fast\n1\n```\n\n```output\n1\n```\n".utf8), to: "w.md")
        let result = try CLI.run(["check", "w.md"], in: scratch.path)
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "w.md:1:10: warning: unknown cell option `fast` (a test flag is declared in the front matter: "
                + "`flags: [fast]`)\n")
    }

    @Test func dataNamesTheFolderCellsFindDataSetsInAndLessonDataIsTheDefault() throws {
        let scratch = try Scratch()
        for mark in ["option", "environment"] {
            let folder = scratch.path + "/\(mark)/mnist_sample"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try scratch.write([], to: "\(mark)/mnist_sample/only-in-\(mark)")
        }
        try scratch.write(Array("```swift\nuntarData(URLs.mnistSample).ls()\n```\n".utf8), to: "data.md")
        let fromEnvironment = ["LESSON_DATA": scratch.path + "/environment"]
        let option = try CLI.run(
            ["run", "--data", scratch.path + "/option", "data.md"], in: scratch.path, environment: fromEnvironment)
        #expect(option.stdout == "data.md:1\n(#1) [Path('only-in-option')]\n1 ran, 0 failed\n")
        let environment = try CLI.run(["run", "data.md"], in: scratch.path, environment: fromEnvironment)
        #expect(environment.stdout == "data.md:1\n(#1) [Path('only-in-environment')]\n1 ran, 0 failed\n")
        let neither = try CLI.run(["run", "data.md"], in: scratch.path, environment: ["LESSON_DATA": nil])
        #expect(neither.stdout == "data.md:1\n(#2) [Path('train'),Path('valid')]\n1 ran, 0 failed\n")  // the project's
    }
}
