import Testing

@testable import LessonRunner

@Suite struct LessonFilesTests {
    private let swiftCell = "```swift\n1\n```\n"

    @Test func findsLessonsBelowAFolderInSortedOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write(swiftCell, to: "lessons/b.md")
        try folder.write(swiftCell, to: "lessons/a/z.md")
        try folder.write(swiftCell, to: "lessons/a-b.md")
        try folder.write(swiftCell, to: "lessons/10.md")
        try folder.write(swiftCell, to: "lessons/.hidden/x.md")
        try folder.write(swiftCell, to: "lessons/.x.md")
        try folder.write(swiftCell, to: "lessons/notes.txt")
        try folder.write("# No code\n\n```python\nx\n```\n", to: "lessons/prose.md")
        let root = folder.path + "/lessons"
        let selection = LessonSelection(paths: [root])
        #expect(selection.problems.isEmpty)
        #expect(selection.inputs.map(\.path) == ["10.md", "a/z.md", "a-b.md", "b.md"].map { root + "/" + $0 })
    }

    @Test func aNamedFileIsALessonEvenWithoutCells() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("# Just prose\n", to: "prose.md")
        let selection = LessonSelection(paths: [path])
        #expect(selection.inputs.map(\.path) == [path])
        #expect(selection.inputs[0].lesson.cells.isEmpty)
    }

    @Test func keepsArgumentOrder() throws {
        let folder = try TemporaryFolder()
        let b = try folder.write(swiftCell, to: "b.md")
        let a = try folder.write(swiftCell, to: "a.md")
        #expect(LessonSelection(paths: [b, a]).inputs.map(\.path) == [b, a])
    }

    @Test func reportsMissingUnreadableAndInvalidFilesByName() throws {
        let folder = try TemporaryFolder()
        let binary = try folder.write(
            bytes: Array("```swift\n".utf8) + [0xFF, 0xFE] + Array("\n```\n".utf8), to: "x/bad.md")
        let unclosed = try folder.write("# T\n\n```swift\n1 + 1\n", to: "x/open.md")
        let badFront = try folder.write("---\nseed: many\nprint: {digits: 3}\n---\n" + swiftCell, to: "x/front.md")
        let good = try folder.write(swiftCell, to: "x/good.md")
        let missing = folder.path + "/missing.md"
        let selection = LessonSelection(paths: [missing, folder.path + "/x"])
        #expect(selection.inputs.map(\.path) == [good])
        #expect(
            selection.problems.map(\.description) == [
                "\(missing): no such file or folder",
                "\(binary): not valid UTF-8 (byte 9)",
                "\(badFront): 2:7: error: front matter: `seed` must be an integer, not `many`\n"
                    + "\(badFront): 3:17: error: front matter: print option `digits` is unknown "
                    + "(known: precision, threshold, edgeitems, linewidth, sci_mode)",
                "\(unclosed): 3:1: error: this cell's fence is never closed",
            ])
    }

    @Test func anUnreadableFileNamesTheReason() throws {
        let folder = try TemporaryFolder()
        let selection = LessonSelection(paths: [folder.path + "/dir.md/"])
        #expect(selection.problems.first?.description.hasSuffix("no such file or folder") == true)
        #expect(throws: LessonPathError.self) { try LessonInput.load(folder.path) }
    }

    @Test func keepsWarningsLocated() throws {
        let lesson = try input("```swift x=1\n1\n```\n", path: "l.md")
        #expect(lesson.warnings == ["l.md:1:10: warning: unknown cell option `x=1`"])
    }
}
