import LessonDocument
import Testing

/// The examples in the public documentation comments, checked.
@Suite struct DocumentationExampleTests {
    @Test func lessonExample() {
        let lesson = Lesson(
            text: """
                ---
                title: Pixel similarity
                ---
                Stack every 3:

                ```swift
                stackedThrees.shape
                ```

                ```output
                [6131, 28, 28]
                ```

                """)
        #expect(lesson.frontMatter?.title == "Pixel similarity")
        #expect(lesson.cells[0].source == "stackedThrees.shape\n")
        #expect(lesson.cells[0].expectedOutput == "[6131, 28, 28]\n")
        #expect(lesson.cells[0].output?.startLine == 10)
    }

    @Test func fencedBlockExamples() {
        let block = Lesson(text: "# A\n\n```swift\nlet x = 1\n```\n").cells[0].block
        #expect((block.startLine, block.endLine, block.body) == (3, 5, "let x = 1\n"))
        #expect(block.bodyStart.description == "4:1")
        let listed = Lesson(text: "- item\n\n  ```swift\n  let x = y\n  ```\n").cells[0].block
        #expect(listed.fileLocation(line: 1, column: 9).description == "4:11")
    }

    @Test func cellExamples() {
        let cell = Lesson(text: "```swift\nprint(1 + 1)\n```\n\n```output\n2\n```\n").cells[0]
        #expect(cell.source == "print(1 + 1)\n")
        #expect(cell.expectedOutput == "2\n")
        #expect(cell.output?.startLine == 5)
        let quoted = Lesson(text: "---\ntitle: A\n---\n> ```swift\n> let x = y\n> ```\n").cells[0]
        #expect(quoted.fileLocation(line: 1, column: 9).description == "5:11")
    }

    @Test func diagnosticAndErrorExamples() {
        #expect(
            Lesson(text: "```swift fast\n1\n```\n").diagnostics.map(\.description) == [
                "1:10: warning: unknown cell option `fast` (a test flag is declared in the front matter: "
                    + "`flags: [fast]`)"
            ])
        let secondLine = SourceLocation(line: 2, column: 1)
        #expect(throws: LessonError.invalidUTF8(offset: 2, location: secondLine)) {
            try Lesson(bytes: [0x61, 0x0A, 0xFF])
        }
        #expect(LessonError.invalidUTF8(offset: 2, location: secondLine).description == "2:1: error: not valid UTF-8")
        #expect(Lesson(text: "# Notes\r\n").dominantLineEnding == .crlf)
    }

    @Test func optionsProseAndRewriteExamples() throws {
        let options = Lesson(text: "```swift no-run hide-output\nfetchAll()\n```\n").cells[0].options
        #expect(options.noRun && options.hideOutput)
        #expect(Lesson(text: "# Title\n\n```swift\n1\n```\n").proseTexts == ["# Title\n\n"])
        let rewritten = try Lesson(text: "```swift\n1 + 1\n```\n").rewritten(outputs: ["2\n"])
        #expect(rewritten == "```swift\n1 + 1\n```\n\n```output\n2\n```\n")
        let frontMatter = Lesson(
            text: "---\ntitle: Pixel similarity\nseed: 42\nprint: {linewidth: 200}\n---\n# Notes\n"
        ).frontMatter
        #expect(frontMatter?.printOptions.map { "\($0.key): \($0.value)" } == ["linewidth: 200"])
    }

    @Test func fileErrorExample() {
        #expect(throws: LessonFileError.self) { try LessonFile.write("x", to: "/no/such/folder/x.md") }
        do {
            try LessonFile.write("x", to: "/no/such/folder/x.md")
        } catch {
            #expect(error.description == "cannot create a temporary file in /no/such/folder: No such file or directory")
        }
    }

    @Test func validUTF8WithMultibyteCharactersIsAccepted() throws {
        let lesson = try Lesson(bytes: Array("\u{FEFF}# π 🎉\n```swift\n\"é\"\n```".utf8))
        #expect(lesson.cells.map(\.source) == ["\"é\"\n"])
        #expect(throws: LessonError.invalidUTF8(offset: 5, location: SourceLocation(line: 1, column: 6))) {
            try Lesson(bytes: Array("# π ".utf8) + [0xF0, 0x9F])
        }
    }
}
