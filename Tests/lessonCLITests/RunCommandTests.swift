import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func aCellsLocationIsPrintedAsItStarts() throws {
        let scratch = try Scratch()
        let lesson = "```swift\n1\n```\n\n```swift\nwhile !Path(\"go\").exists {}\n2\n```\n"
        try scratch.write(Array(lesson.utf8), to: "slow.md")
        let process = CLI.lesson(["run", "--timeout", "120", "slow.md"], in: scratch.path)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // The second cell waits until the test sees its location: it was written before the cell ended.
        let started = try readUntil("slow.md:5\n", from: output.fileHandleForReading)
        #expect(started == "slow.md:1\n1\nslow.md:5\n")
        try scratch.write([], to: "go")
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(rest == "2\n2 ran, 0 failed\n")
    }

    @Test func aCrashNamesTheCellThatWasRunning() throws {
        let scratch = try Scratch()
        try scratch.write(Array("```swift\nwhile !Path(\"go\").exists {}\n```\n".utf8), to: "crash.md")
        let process = CLI.lesson(
            ["run", "--timeout", "120", "crash.md"], in: scratch.path, environment: ["SWIFT_BACKTRACE": "enable=no"])
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        _ = try readUntil("crash.md:1\n", from: output.fileHandleForReading)
        // A fault `lesson` did not catch, as a bug would cause one.
        kill(process.processIdentifier, SIGSEGV)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(stderr.hasPrefix("lesson: crashed (SIGSEGV) while running crash.md:1\n"))
    }

    @Test func aNulInOutputReachesTheTerminalWhole() throws {
        let scratch = try Scratch()
        try scratch.write(Array("```swift\nprint(\"a\\u{0}b\")\n```\n".utf8), to: "nul.md")
        let result = try CLI.run(["run", "nul.md"], in: scratch.path)
        #expect(result.stdout == "nul.md:1\na\u{FFFD}b\n1 ran, 0 failed\n")
    }

    @Test func printsEachCellsLocationAndOutput() throws {
        let result = try CLI.run(["run", "failing.md", "tour.md"])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                failing.md:3
                failing.md:5:7: error: Index out of range
                failing.md:12
                2
                tour.md:10
                [1, 2, 3]
                tour.md:19
                squares: [9.0, 1.0, 4.0]
                tour.md:30
                tensor(2.69)
                tour.md:40
                tensor([-0.97, -1.18, -0.69])
                tour.md:48
                tour.md:49:8: error: Index out of range
                tour.md:56 skipped (no-run)
                tour.md:60
                timing: 1 ms
                tour.md:70
                3
                9 ran, 1 failed, 1 skipped

                """)
    }

    @Test func hostileCellsEachGiveTheirErrorAndTheNextCellRuns() throws {
        let result = try CLI.run(["run", "--memory-limit", "1G", "hostile.md"])
        #expect(result.status == 1)
        let expected = [
            "hostile.md:7:1: error: cell exceeded its time limit of 1 s",
            "error: too deep recursion",
            "error: arithmetic operation '9223372036854775807 + 1' (on type 'Int') results in an overflow",
            "error: Division by zero",
            "error: Unexpectedly found nil while unwrapping an Optional value",
            "hostile.md:30:10: error: Index out of range",
            "error: DefaultCPUAllocator: not enough memory: you tried to allocate 4398046511104 bytes. "
                + "(over the tensor memory limit)",
        ]
        var rest = Substring(result.stdout)
        for message in expected {
            let found = try #require(rest.range(of: message), "\(message)")
            rest = rest[found.upperBound...]
        }
        #expect(rest.hasSuffix("hostile.md:37\nstill running\n8 ran, 7 failed\n"))
    }

    @Test func aPassingRunExitsWithZero() throws {
        let result = try CLI.run(["run", "--timeout", "30", "tour.md"])
        #expect(result.status == 0)
    }

    @Test func closesWithHowManyCellsRanAndFailedNotHowManyPassed() throws {
        let result = try CLI.run(["run", "failing.md"])
        #expect(result.stdout.hasSuffix("\n2 ran, 1 failed\n"))
        let check = try CLI.run(["check", "failing.md"])
        #expect(check.stdout.hasSuffix("\n1 passed, 1 failed\n"))
    }
}
