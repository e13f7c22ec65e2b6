import Foundation
import Testing

@Suite struct UpdateCommandTests {
    @Test func recordsOutputsThenCheckPassesAndASecondUpdateChangesNothing() throws {
        let scratch = try Scratch(copying: ["mismatch.md"])
        let update = try CLI.run(["update", "mismatch.md"], in: scratch.path)
        #expect(update.status == 0)
        #expect(update.stdout == "updated mismatch.md (1 output block)\n2 passed, 0 failed\n")
        let updated = try scratch.read("mismatch.md")
        #expect(updated.contains("```output\n0.75\n```"))
        #expect(try CLI.run(["check", "mismatch.md"], in: scratch.path).status == 0)
        let again = try CLI.run(["update", "mismatch.md"], in: scratch.path)
        #expect(again.stdout == "2 passed, 0 failed\n")
        #expect(try scratch.read("mismatch.md") == updated)
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let scratch = try Scratch(copying: ["mismatch.md"])
        let before = try scratch.read("mismatch.md")
        let result = try CLI.run(["update", "--dry-run", "mismatch.md"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("--- mismatch.md\n+++ mismatch.md (updated)\n@@ -8,7 +8,7 @@\n"))
        #expect(result.stdout.contains("\n-0.70\n+0.75\n"))
        #expect(try scratch.read("mismatch.md") == before)
    }

    @Test func aFailingCellKeepsItsRecordedOutputIsReportedAndExitsWithOne() throws {
        let scratch = try Scratch()
        let lesson =
            "```swift\nlet values = [1, 2]\nvalues[2]\n```\n\n```output\n2\n```\n\n```swift\n[1, 2].count\n```\n"
        try scratch.write(Array(lesson.utf8), to: "failing.md")
        let result = try CLI.run(["update", "failing.md"], in: scratch.path)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                failing.md:3:7: error: Index out of range
                failing.md:1: kept the recorded output of 1 failed cell (--force records its error)
                updated failing.md (1 output block)
                1 passed, 1 failed

                """)
        #expect(try scratch.read("failing.md") == lesson + "\n```output\n2\n```\n")
    }

    @Test func forceRecordsTheErrorOfAFailingCell() throws {
        let scratch = try Scratch(copying: ["failing.md"])
        let before = try scratch.read("failing.md")
        try scratch.write(
            Array(before.replacingOccurrences(of: "failing.md:5:7: error: Index out of range", with: "2").utf8),
            to: "failing.md")
        let result = try CLI.run(["update", "--force", "failing.md"], in: scratch.path)
        #expect(result.status == 1)
        #expect(
            result.stdout
                == "failing.md:5:7: error: Index out of range\nupdated failing.md (1 output block)\n1 passed, 1 failed\n"
        )
        #expect(try scratch.read("failing.md") == before)
    }

    @Test func aReadOnlyLessonIsRefusedBeforeItRunsAndLeftAlone() throws {
        let scratch = try Scratch(copying: ["mismatch.md"])
        let before = try scratch.read("mismatch.md")
        #expect(chmod(scratch.path + "/mismatch.md", 0o444) == 0)
        let result = try CLI.run(["update", "mismatch.md"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr == "mismatch.md: error: cannot replace: the file is read-only\n")
        #expect(result.stdout == "1 file not run\n")
        #expect(try scratch.read("mismatch.md") == before)
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path + "/mismatch.md")
        #expect(attributes[.posixPermissions] as? Int == 0o444)
    }

    @Test func aLessonEditedWhileItRunsIsNotOverwritten() throws {
        let scratch = try Scratch()
        // The first cell fails at once, which `update` reports as it happens; the second waits for the test.
        let lesson = "```swift\n[1][1]\n```\n\n```swift\nwhile !Path(\"go\").exists {}\n1\n```\n"
        try scratch.write(Array(lesson.utf8), to: "edited.md")
        let process = CLI.lesson(["update", "--timeout", "120", "edited.md"], in: scratch.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reported = try readUntil("Index out of range", from: output.fileHandleForReading)
        #expect(reported.hasPrefix("edited.md:2:4: error: Index out of range"))
        let edited = "# Notes added while the lesson ran\n\n" + lesson
        try scratch.write(Array(edited.utf8), to: "edited.md")
        try scratch.write([], to: "go")
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(!rest.contains("updated"))
        #expect(try scratch.read("edited.md") == edited)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["edited.md", "go"])
    }

    @Test func anInterruptedUpdateLeavesNoTemporaryFile() throws {
        let scratch = try Scratch()
        // Prose of 16 MiB, so that writing the file takes long enough to be interrupted while it is written.
        let prose = String(repeating: String(repeating: "x", count: 1023) + "\n", count: 16 << 10)
        try scratch.write(Array((prose + "\n```swift\n1\n```\n").utf8), to: "big.md")
        var interrupted = false
        for _ in 0..<5 where !interrupted {
            let process = CLI.lesson(["update", "big.md"], in: scratch.path)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []
                if names.contains(where: { $0.hasSuffix(".tmp") }) {
                    process.terminate()
                    break
                }
                usleep(200)
            }
            process.waitUntilExit()
            interrupted = process.terminationReason == .uncaughtSignal
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["big.md"])
            if !interrupted { try scratch.write(Array((prose + "\n```swift\n1\n```\n").utf8), to: "big.md") }
        }
        #expect(interrupted, "the update was never caught writing")
    }

    @Test func addsBlocksToAFreshLessonSoThatCheckPasses() throws {
        let scratch = try Scratch()
        try scratch.write(
            Array("```swift\nlet x = 2\nx * 21\n```\n\n```swift expect-error\nx / 0\n```\n".utf8), to: "new.md")
        #expect(try CLI.run(["update", "new.md"], in: scratch.path).status == 0)
        #expect(
            try scratch.read("new.md")
                == "```swift\nlet x = 2\nx * 21\n```\n\n```output\n42\n```\n\n```swift expect-error\nx / 0\n```\n\n"
                + "```output\nnew.md:11:3: error: Division by zero\n```\n")
        #expect(try CLI.run(["check", "new.md"], in: scratch.path).status == 0)
    }
}
