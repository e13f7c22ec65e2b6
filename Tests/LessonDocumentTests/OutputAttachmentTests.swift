import LessonDocument
import Testing

@Suite struct OutputAttachmentTests {
    @Test func outputAfterBlankLinesBelongsToTheCell() {
        let lesson = Lesson(text: markdown("```swift", "1 + 1", "```", "", "", "```output", "2", "```", "", "After."))
        #expect(lesson.cells[0].expectedOutput == "2\n")
        #expect(lesson.cells[0].output?.startLine == 6)
        #expect(lesson.cells[0].output?.endLine == 8)
        #expect(lesson.proseTexts == ["\nAfter.\n"])
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func outputRightAfterTheCellBelongsToIt() {
        let lesson = Lesson(text: markdown("```swift", "1", "```", "~~~~output", "1", "~~~~"))
        #expect(lesson.cells[0].expectedOutput == "1\n")
        #expect(lesson.cells[0].output?.fenceCharacter == "~")
    }

    @Test func outputAfterProseIsAStrayWarning() {
        let lesson = Lesson(text: markdown("```swift", "1", "```", "", "Text.", "", "```output", "1", "```"))
        #expect(lesson.cells[0].output == nil)
        #expect(lesson.diagnostics.map(\.severity) == [.warning])
        #expect(lesson.diagnostics[0].location == SourceLocation(line: 7, column: 1))
        #expect(lesson.proseTexts == ["\nText.\n\n```output\n1\n```\n"])
    }

    @Test func outputWithoutAnyCellIsProse() {
        let lesson = Lesson(text: markdown("```output", "1", "```"))
        #expect(lesson.cells.isEmpty)
        #expect(lesson.proseTexts.count == 1)
        #expect(lesson.diagnostics.count == 1)
    }

    @Test func furtherOutputBlocksAreTheCellsExtras() {
        let lesson = Lesson(
            text: markdown("```swift", "1", "```", "", "```output", "1", "```", "", "```output", "2", "```", "tail"))
        #expect(lesson.cells[0].expectedOutput == "1\n")
        #expect(lesson.cells[0].extraOutputs.map(\.startLine) == [9])
        #expect(lesson.diagnostics.map(\.line) == [9])
        #expect(lesson.diagnostics.map(\.severity) == [.warning])
        #expect(lesson.proseTexts == ["tail\n"])
    }

    @Test func outputOutsideTheCellsContainerIsStray() {
        let list = Lesson(text: markdown("- ```swift", "  1", "  ```", "", "```output", "1", "```"))
        #expect(list.cells[0].output == nil)
        #expect(list.diagnostics.map(\.line) == [5])
        let quote = Lesson(text: markdown("> ```swift", "> 1", "> ```", "", "```output", "1", "```"))
        #expect(quote.cells[0].output == nil)
        let nextItem = Lesson(text: markdown("- ```swift", "  1", "  ```", "- ```output", "  1", "  ```"))
        #expect(nextItem.cells[0].output == nil)
    }

    @Test func outputAfterAnOtherLanguageFenceIsStray() {
        let lesson = Lesson(
            text: markdown("```swift", "1", "```", "", "```text", "t", "```", "", "```output", "1", "```"))
        #expect(lesson.cells[0].output == nil)
        #expect(lesson.diagnostics.count == 1)
    }

    @Test func outputAfterAnUnclosedCellIsImpossible() {
        let lesson = Lesson(text: markdown("> ```swift", "> 1", "", "```output", "1", "```"))
        #expect(lesson.cells[0].output == nil)
        #expect(lesson.diagnostics.map(\.severity) == [.error, .warning])
    }

    @Test func outputInsideAListItem() {
        let lesson = Lesson(
            text: markdown("- ```swift", "  1", "  ```", "", "  ```output", "  1", "    indented", "  ```"))
        #expect(lesson.cells[0].expectedOutput == "1\n  indented\n")
    }

    @Test func outputInsideABlockQuoteWithAQuotedBlankLine() {
        let lesson = Lesson(
            text: markdown("> ```swift", "> 1", "> ```", ">", "> ```output", "> 1", ">", "> 2", "> ```"))
        #expect(lesson.cells[0].expectedOutput == "1\n\n2\n")
    }

    @Test func emptyOutputBlock() {
        let lesson = Lesson(text: markdown("```swift", "f()", "```", "", "```output", "```"))
        #expect(lesson.cells[0].expectedOutput == "")
    }

    @Test func partsInterleaveProseAndCells() {
        let lesson = Lesson(
            text: markdown(
                "# A", "", "```swift", "1", "```", "", "```output", "1", "```", "", "## B", "", "```swift", "2", "```"))
        let kinds = lesson.parts.map { part -> String in
            switch part {
            case .prose(let prose): "prose \(prose.startLine)-\(prose.endLine)"
            case .cell(let cell): "cell \(cell.index)"
            }
        }
        #expect(kinds == ["prose 1-2", "cell 0", "prose 10-12", "cell 1"])
        #expect(lesson.proseTexts == ["# A\n\n", "\n## B\n\n"])
    }
}
