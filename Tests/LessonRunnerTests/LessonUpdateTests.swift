import LessonDocument
import Testing

@testable import LessonRunner

@Suite struct LessonUpdateTests {
    private func updated(_ text: String) throws -> LessonUpdate {
        try LessonUpdate(try run(text))
    }

    @Test func addsRefreshesAndRemovesOutputBlocks() throws {
        let text =
            "# Notes\n\n" + cell("1 + 1") + "\nProse.\n\n" + cell("2 + 2", output: "5") + "\n"
            + cell("let x = 1", output: "1")
        let update = try updated(text)
        #expect(
            update.updatedText == "# Notes\n\n" + cell("1 + 1", output: "2") + "\nProse.\n\n"
                + cell("2 + 2", output: "4")
                + "\n" + cell("let x = 1"))
        #expect(update.changedBlockCount == 3)
        #expect(update.changesFile)
    }

    /// A folder of hundreds of files (thousands with the full data) records one short line, as fast.ai's `L`
    /// shows it, not a line with every path.
    @Test func aFolderListingRecordsOneShortLine() throws {
        let update = try updated(cell("(untarData(URLs.mnistSample) / \"train\" / \"3\").ls().sorted()"))
        let output = try #require(
            update.updatedText.components(separatedBy: "```output\n").last?.split(separator: "\n").first)
        #expect(output.hasPrefix("(#400) [Path('train/3/1500.png'),Path('train/3/1501.png'),"))
        #expect(output.hasSuffix(".png')...]") && output.count < 400, "ten paths, then ... as fast.ai writes it")
    }

    @Test func updatingTwiceChangesNothing() throws {
        let text = cell("print(\"a\")\n[1.5, 2]") + cell("[1][9]") + cell("let y = 2", output: "old")
        let once = try updated(text).updatedText
        let twice = try updated(once)
        #expect(!twice.changesFile)
        #expect(twice.changedBlockCount == 0)
        #expect(twice.updatedText == once)
        #expect(twice.diff(style: .plain) == "")
    }

    @Test func onlyOutputBlocksChange() throws {
        let text = "---\ntitle: Bytes\n---\r\nSome *prose*  \r\n\r\n> ```swift\r\n> 6 * 7\r\n> ```\r\n\r\nEnd\r\n"
        let update = try updated(text)
        #expect(
            update.updatedText
                == "---\ntitle: Bytes\n---\r\nSome *prose*  \r\n\r\n> ```swift\r\n> 6 * 7\r\n> ```\r\n>\r\n"
                + "> ```output\r\n> 42\r\n> ```\r\n\r\nEnd\r\n")
    }

    @Test func noRunCellsKeepTheirBlocksAndNoCheckCellsAreRefreshed() throws {
        let text =
            cell("fetch()", options: "no-run", output: "kept as written") + "\n"
            + cell("3 * 3", options: "no-check", output: "stale")
        let update = try updated(text)
        #expect(
            update.updatedText == cell("fetch()", options: "no-run", output: "kept as written") + "\n"
                + cell("3 * 3", options: "no-check", output: "9"))
    }

    @Test func errorsAreRecordedAsTheCellsOutput() throws {
        let update = try updated(cell("[1][9]", options: "expect-error"))
        #expect(
            update.updatedText
                == cell("[1][9]", options: "expect-error", output: "test.md:2:4: error: Index out of range"))
    }

    @Test func dryRunShowsTheFileDiff() throws {
        let update = try updated("# T\n\n" + cell("1 + 1", output: "3"))
        #expect(
            update.diff(style: .plain).split(separator: "\n", omittingEmptySubsequences: false) == [
                "--- lessons/test.md", "+++ lessons/test.md (updated)", "@@ -5,5 +5,5 @@", " ```", " ", " ```output",
                "-3", "+2", " ```",
            ])
    }

    @Test func writesTheFileAtomicallyAndOnlyWhenItChanges() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(cell("1 + 2"), to: "a.md")
        let update = try LessonUpdate(LessonRunner().run(try LessonInput.load(path)))
        try update.write()
        #expect(try folder.read("a.md") == cell("1 + 2", output: "3"))
        let again = try LessonUpdate(LessonRunner().run(try LessonInput.load(path)))
        #expect(!again.changesFile)
    }

    @Test func anUnwritableFileIsAnErrorNamingIt() throws {
        let lesson = try input(cell("1"), path: "/no/such/folder/a.md")
        let update = try LessonUpdate(LessonRunner().run(lesson))
        #expect(throws: LessonPathError.self) { try update.write() }
        do {
            try update.write()
        } catch {
            #expect(
                error.description
                    == "/no/such/folder/a.md: error: cannot create a temporary file in /no/such/folder: "
                    + "No such file or directory")
        }
    }

    @Test func aNulInOutputIsRecordedAsTheReplacementCharacterAndChecksRightAfter() throws {
        let text = cell("print(\"a\\u{0}b\")")
        let update = try LessonUpdate(try run(text))
        #expect(update.outputs == ["a\u{FFFD}b\n"])
        let again = try run(update.updatedText)
        #expect(LessonCheck(again).verdicts == [.passed])
        #expect(!(try LessonUpdate(again).changesFile))
    }

    @Test func failedCellsKeepTheirBlocksUnlessForced() throws {
        let text = cell("[1][2]", output: "good") + "\n" + cell("Int(\"x\")!", output: "also good") + "\n" + cell("3")
        let kept = try LessonUpdate(try run(text))
        #expect(kept.outputs == ["good\n", "also good\n", "3"])
        #expect(
            kept.keptNote(style: .plain)
                == "lessons/test.md:1, lessons/test.md:9: kept the recorded output of 2 failed cells "
                + "(--force records their errors)")
        let forced = try LessonUpdate(try run(text), force: true)
        #expect(forced.outputs[0] == "test.md:2:4: error: Index out of range")
        #expect(forced.keptNote(style: .plain) == nil)
    }
}
