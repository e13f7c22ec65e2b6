import LessonDocument
import Testing

@Suite struct RewriteTests {
    private func rewrite(_ text: String, _ outputs: [String?]) throws -> String {
        try Lesson(text: text).rewritten(outputs: outputs)
    }

    @Test func unchangedOutputsGiveIdenticalBytes() throws {
        let text = markdown(
            "# A", "", "```swift", "1", "```", "", "```output", "1", "```", "", "```swift", "f()", "```")
        #expect(try rewrite(text, ["1\n", nil]) == text)
        #expect(try rewrite(text, ["1", nil]) == text)
    }

    @Test func addsAnOutputBlockAfterTheCell() throws {
        let text = markdown("```swift", "1 + 1", "```", "Next.")
        #expect(
            try rewrite(text, ["2\n"]) == markdown("```swift", "1 + 1", "```", "", "```output", "2", "```", "Next."))
    }

    @Test func refreshesTheBodyOnly() throws {
        let text = markdown("```swift", "x", "```", "", "", "~~~~ output", "old", "lines", "~~~~", "tail")
        #expect(
            try rewrite(text, ["new\n"])
                == markdown("```swift", "x", "```", "", "", "~~~~ output", "new", "~~~~", "tail"))
    }

    @Test func removesTheBlockAndTheBlankLinesBeforeIt() throws {
        let text = markdown("```swift", "x", "```", "", "", "```output", "1", "```", "", "After.")
        #expect(try rewrite(text, [nil]) == markdown("```swift", "x", "```", "", "After."))
    }

    @Test func addThenRemoveRoundTrips() throws {
        for text in [markdown("```swift", "x", "```", "y"), "```swift\nx\n```", "> ```swift\r\n> x\r\n> ```\r\n"] {
            let added = try rewrite(text, ["1\n\n2"])
            #expect(added != text)
            #expect(try rewrite(added, [nil]) == text)
        }
    }

    @Test func emptyStringWritesAnEmptyBlock() throws {
        let text = markdown("```swift", "x", "```")
        let updated = try rewrite(text, [""])
        #expect(updated == markdown("```swift", "x", "```", "", "```output", "```"))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "")
        #expect(try rewrite(updated, [""]) == updated)
    }

    @Test func crlfFileGetsCRLFLines() throws {
        let text = "# A\r\n\r\n```swift\r\nx\r\n```\r\n"
        #expect(
            try rewrite(text, ["1\n2\n"]) == "# A\r\n\r\n```swift\r\nx\r\n```\r\n\r\n```output\r\n1\r\n2\r\n```\r\n")
    }

    @Test func replacedBodyKeepsTheBlocksLineEnding() throws {
        let text = "```swift\nx\n```\n\n```output\r\nold\r\n```\r\n"
        #expect(try rewrite(text, ["a\nb"]) == "```swift\nx\n```\n\n```output\r\na\r\nb\r\n```\r\n")
    }

    @Test func missingFinalNewlineStaysMissing() throws {
        let text = "```swift\nx\n```"
        #expect(try rewrite(text, ["1"]) == "```swift\nx\n```\n\n```output\n1\n```")
        let crlf = "a\r\nb\r\n```swift\r\nx\r\n```"
        #expect(try rewrite(crlf, ["1"]) == "a\r\nb\r\n```swift\r\nx\r\n```\r\n\r\n```output\r\n1\r\n```")
    }

    @Test func byteOrderMarkAndFrontMatterAreKept() throws {
        let text = "\u{FEFF}---\ntitle:   T  \nprint: {linewidth: 200}\n---\n```swift\nx\n```\n"
        let updated = try rewrite(text, ["1"])
        #expect(updated == text + "\n```output\n1\n```\n")
        #expect(updated.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func cellInAListGetsAnIndentedOutput() throws {
        let text = markdown("- Step:", "", "  ```swift", "  x", "  ```", "- Next")
        let updated = try rewrite(text, ["1\n\n  2"])
        #expect(
            updated
                == markdown(
                    "- Step:", "", "  ```swift", "  x", "  ```", "", "  ```output", "  1", "", "    2", "  ```",
                    "- Next"))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "1\n\n  2\n")
    }

    @Test func cellInABlockQuoteGetsAQuotedOutput() throws {
        let text = markdown("> ```swift", "> x", "> ```", "", "Out of the quote.")
        let updated = try rewrite(text, ["1\n\n2"])
        #expect(
            updated
                == markdown(
                    "> ```swift", "> x", "> ```", ">", "> ```output", "> 1", ">", "> 2", "> ```", "",
                    "Out of the quote."))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "1\n\n2\n")
    }

    @Test func nestedContainersOnTheMarkerLine() throws {
        let text = markdown("> - ```swift", ">   x", ">   ```")
        let updated = try rewrite(text, ["1"])
        #expect(updated == markdown("> - ```swift", ">   x", ">   ```", ">", ">   ```output", ">   1", ">   ```"))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "1\n")
    }

    @Test func refreshInsideABlockQuote() throws {
        let text = markdown("> ```swift", "> x", "> ```", ">", "> ```output", "> old", "> ```")
        #expect(
            try rewrite(text, ["new"]) == markdown("> ```swift", "> x", "> ```", ">", "> ```output", "> new", "> ```"))
    }

    @Test func backtickLinesInTheOutputGetALongerFence() throws {
        let text = markdown("```swift", "x", "```")
        let updated = try rewrite(text, ["```\n  ````  \n``` not a fence"])
        #expect(
            updated
                == markdown("```swift", "x", "```", "", "`````output", "```", "  ````  ", "``` not a fence", "`````"))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "```\n  ````  \n``` not a fence\n")
        #expect(try Lesson(text: updated).rewritten(outputs: ["```\n  ````  \n``` not a fence"]) == updated)
    }

    @Test func refreshLengthensBothFencesOfAnExistingBlock() throws {
        let text = markdown("```swift", "x", "```", "", "```output  ", "1", "```  ", "tail")
        let updated = try rewrite(text, ["a\n```"])
        #expect(updated == markdown("```swift", "x", "```", "", "````output  ", "a", "```", "````  ", "tail"))
        #expect(Lesson(text: updated).cells[0].expectedOutput == "a\n```\n")
    }

    @Test func tildeOutputBlockIgnoresBacktickLines() throws {
        let text = markdown("```swift", "x", "```", "~~~output", "1", "~~~")
        #expect(try rewrite(text, ["```"]) == markdown("```swift", "x", "```", "~~~output", "```", "~~~"))
        #expect(try rewrite(text, ["~~~"]) == markdown("```swift", "x", "```", "~~~~output", "~~~", "~~~~"))
    }

    @Test func outputLineEndingsAreNormalised() throws {
        let text = markdown("```swift", "x", "```")
        #expect(
            try rewrite(text, ["a\r\nb\rc"]) == markdown("```swift", "x", "```", "", "```output", "a", "b", "c", "```"))
    }

    @Test func trailingSpacesAndUnicodeInOutputsAreKept() throws {
        let text = markdown("```swift", "x", "```")
        let updated = try rewrite(text, ["tensor([1.,  2.])  \n\tπ ≈ 3.14 🎉"])
        #expect(Lesson(text: updated).cells[0].expectedOutput == "tensor([1.,  2.])  \n\tπ ≈ 3.14 🎉\n")
    }

    @Test func everyCellIsUpdatedBottomUp() throws {
        let text = markdown(
            "```swift", "a", "```", "", "```output", "1", "```", "", "```swift", "b", "```", "", "```swift", "c", "```",
            "", "```output", "3", "```")
        let updated = try rewrite(text, [nil, "2", "three"])
        let expected = markdown(
            "```swift", "a", "```", "", "```swift", "b", "```", "", "```output", "2", "```", "", "```swift", "c", "```",
            "",
            "```output", "three", "```")
        #expect(updated == expected)
        #expect(try rewrite(updated, [nil, "2", "three"]) == updated)
    }

    @Test func strayOutputBlocksAreLeftAlone() throws {
        let text = markdown("```output", "stray", "```", "", "```swift", "x", "```")
        #expect(try rewrite(text, ["1"]) == text + markdown("", "```output", "1", "```"))
    }

    @Test func keepingAnOutputPassesItsExpectedText() throws {
        let text = markdown("```swift no-run", "x", "```", "", "```output", "by hand  ", "```")
        let lesson = Lesson(text: text)
        #expect(try lesson.rewritten(outputs: lesson.cells.map(\.expectedOutput)) == text)
    }

    @Test func unclosedFencesRefuseToRewrite() {
        #expect(throws: LessonError.unclosedFence(SourceLocation(line: 1, column: 1))) {
            try Lesson(text: markdown("```swift", "x")).rewritten(outputs: ["1"])
        }
        #expect(throws: LessonError.unclosedFence(SourceLocation(line: 5, column: 1))) {
            try Lesson(text: markdown("```swift", "x", "```", "", "```output", "1")).rewritten(outputs: ["1"])
        }
    }

    @Test func outputCountMustMatch() {
        #expect(throws: LessonError.outputCountMismatch(cells: 1, outputs: 0)) {
            try Lesson(text: markdown("```swift", "x", "```")).rewritten(outputs: [])
        }
    }

    @Test func cellFollowedByAnUnclosedProseFenceStillRewrites() throws {
        let text = markdown("```swift", "x", "```", "```python", "y")
        #expect(
            try rewrite(text, ["1"]) == markdown("```swift", "x", "```", "", "```output", "1", "```", "```python", "y"))
    }

    @Test func extraOutputBlocksAreRemoved() throws {
        let text = markdown(
            "```swift", "x", "```", "", "```output", "1", "```", "", "```output", "2", "```", "", "tail")
        let expected = markdown("```swift", "x", "```", "", "```output", "1", "```", "", "tail")
        #expect(try rewrite(text, ["1"]) == expected)
        #expect(try rewrite(text, ["9"]) == markdown("```swift", "x", "```", "", "```output", "9", "```", "", "tail"))
        #expect(try rewrite(text, [nil]) == markdown("```swift", "x", "```", "", "tail"))
        #expect(
            try rewrite(text, ["```"]) == markdown("```swift", "x", "```", "", "````output", "```", "````", "", "tail"))
    }

    @Test func extraOutputBlockAtTheEndOfAFileWithoutFinalNewline() throws {
        let text = "```swift\nx\n```\n```output\n1\n```\n```output\n2\n```"
        #expect(try rewrite(text, ["3"]) == "```swift\nx\n```\n```output\n3\n```")
        #expect(try rewrite(text, [nil]) == "```swift\nx\n```")
    }
}
