import LessonDocument
import Testing

@Suite struct PositionTests {
    @Test func linesAndByteRangesOfACellAndItsOutput() throws {
        let text = markdown("# A", "", "```swift", "let x = 1", "```", "", "```output", "1", "```")
        let lesson = Lesson(text: text)
        let cell = lesson.cells[0]
        #expect((cell.block.startLine, cell.block.endLine) == (3, 5))
        #expect(lesson.slice(cell.block.byteRange) == "```swift\nlet x = 1\n```\n")
        #expect(lesson.slice(cell.block.bodyByteRange) == "let x = 1\n")
        #expect(cell.block.bodyStart == SourceLocation(line: 4, column: 1))
        #expect(cell.block.info == "swift")
        let output = try #require(cell.output)
        #expect(lesson.slice(output.byteRange) == "```output\n1\n```\n")
        #expect(lesson.slice(output.bodyByteRange) == "1\n")
        #expect(output.bodyStart == SourceLocation(line: 8, column: 1))
    }

    @Test func frontMatterLinesCount() {
        let lesson = Lesson(text: markdown("---", "title: T", "seed: 1", "---", "```swift", "let x = y", "```"))
        let cell = lesson.cells[0]
        #expect(cell.block.startLine == 5)
        #expect(cell.block.bodyStart == SourceLocation(line: 6, column: 1))
        #expect(cell.fileLocation(line: 1, column: 9) == SourceLocation(line: 6, column: 9))
    }

    @Test func byteOrderMarkAndFrontMatterCountInByteOffsets() {
        let text = "\u{FEFF}---\ntitle: T\n---\n```swift\nx\n```\n"
        let lesson = Lesson(text: text)
        let cell = lesson.cells[0]
        #expect(cell.block.byteRange == 20..<35)
        #expect(lesson.slice(cell.block.bodyByteRange) == "x\n")
        #expect(cell.block.bodyStart == SourceLocation(line: 5, column: 1))
    }

    @Test func columnsInsideContainersIncludeThePrefix() {
        let lesson = Lesson(text: markdown("> ```swift", "> let a = 1", ">   let b = c", "> ```"))
        let cell = lesson.cells[0]
        #expect(cell.block.bodyStart == SourceLocation(line: 2, column: 3))
        #expect(cell.fileLocation(line: 2, column: 11) == SourceLocation(line: 3, column: 13))
    }

    @Test func columnsInAListItem() {
        let lesson = Lesson(text: markdown("10. item", "", "    ```swift", "    let a = b", "    ```"))
        #expect(lesson.cells[0].fileLocation(line: 1, column: 9) == SourceLocation(line: 4, column: 13))
    }

    @Test func blankBodyLinesInAQuoteHaveNoPrefixBeyondTheMarker() {
        let lesson = Lesson(text: markdown("> ```swift", "> a", ">", "> b", "> ```"))
        let cell = lesson.cells[0]
        #expect(cell.fileLocation(line: 2, column: 1) == SourceLocation(line: 3, column: 2))
        #expect(cell.fileLocation(line: 3, column: 1) == SourceLocation(line: 4, column: 3))
    }

    @Test func columnsCountUTF8Bytes() {
        let lesson = Lesson(text: markdown("> ```swift", "> let é = 1", "> ```"))
        #expect(lesson.cells[0].fileLocation(line: 1, column: 11) == SourceLocation(line: 2, column: 13))
    }

    @Test func outOfRangePositionsAreClamped() {
        let lesson = Lesson(text: markdown("```swift", "a", "b", "```"))
        let cell = lesson.cells[0]
        #expect(cell.fileLocation(line: 0, column: 0) == SourceLocation(line: 2, column: 1))
        #expect(cell.fileLocation(line: 99, column: 3) == SourceLocation(line: 3, column: 3))
        #expect(cell.fileLocation(line: 1, column: Int.max) == SourceLocation(line: 2, column: Int.max))
        let empty = Lesson(text: markdown("```swift", "```")).cells[0]
        #expect(empty.fileLocation(line: 1, column: 1) == SourceLocation(line: 2, column: 1))
    }

    @Test func crlfByteRangesIncludeTheirEndings() {
        let lesson = Lesson(text: "```swift\r\nx\r\n```\r\n\r\n```output\r\n1\r\n```\r\n")
        #expect(lesson.slice(lesson.cells[0].block.byteRange) == "```swift\r\nx\r\n```\r\n")
        #expect(lesson.cells[0].output?.byteRange == 20..<39)
        #expect(lesson.cells[0].expectedOutput == "1\n")
    }

    @Test func cellLocationIsTheOpeningFence() {
        let lesson = Lesson(text: markdown("Text", "", "  ```swift", "  x", "  ```"))
        #expect(lesson.cells[0].location == SourceLocation(line: 3, column: 3))
        #expect(lesson.cells[0].location.description == "3:3")
    }
}
