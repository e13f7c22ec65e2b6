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

    @Test func aFailingCellIsRecordedReportedAndExitsWithOne() throws {
        let scratch = try Scratch(copying: ["failing.md"])
        let result = try CLI.run(["update", "failing.md"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == "failing.md:5:7: error: Index out of range\n1 passed, 1 failed\n")
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
