import Foundation
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
                "\(missing): error: no such file or folder",
                "\(binary):2:1: error: not valid UTF-8",
                "\(badFront):2:7: error: front matter: `seed` must be an integer, not `many`\n"
                    + "\(badFront):3:17: error: front matter: print option `digits` is unknown "
                    + "(known: precision, threshold, edgeitems, linewidth, sci_mode)",
                "\(unclosed):3:1: error: this cell's fence is never closed",
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

    @Test func onlyRegularFilesAreLessonsAndTheOthersStillRun() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(swiftCell, to: "a.md")
        #expect(mkfifo(folder.path + "/b-pipe.md", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/c-zero.md", withDestinationPath: "/dev/zero")
        let linked = try folder.write(swiftCell, to: "elsewhere/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/d-link.md", withDestinationPath: linked)
        let last = try folder.write(swiftCell, to: "e.md")
        let named = folder.path + "/b-pipe.md"
        let started = Date()
        let selection = LessonSelection(paths: [folder.path, named])
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(selection.inputs.map(\.path) == [first, folder.path + "/d-link.md", last])
        #expect(
            selection.problems.map(\.description) == [
                "\(folder.path)/b-pipe.md: error: cannot read: not a regular file (a FIFO)",
                "\(folder.path)/c-zero.md: error: cannot read: not a regular file (a character device)",
                "\(named): error: cannot read: not a regular file (a FIFO)",
            ])
        #expect(selection.tally.closingLine == "3 files not run")
    }

    @Test func aFolderThatCannotBeListedIsReportedAndTheOthersStillRun() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(swiftCell, to: "a.md")
        let last = try folder.write(swiftCell, to: "z.md")
        // A folder whose path is longer than the system allows cannot be listed or examined, even by root.
        let (deep, remove) = try makeFolderBeyondTheLongestPath(in: folder.path + "/m")
        defer { remove() }
        let selection = LessonSelection(paths: [folder.path])
        #expect(selection.inputs.map(\.path) == [first, last])
        let problem = try #require(selection.problems.first)
        #expect(selection.problems.count == 1)
        #expect(deep.hasPrefix(problem.path))
        #expect(problem.description.hasSuffix(": error: cannot examine: File name too long"))
    }

    @Test(.enabled(if: getuid() != 0, "root may list any folder"))
    func aFolderWithoutPermissionIsReportedWithTheSystemsReason() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(swiftCell, to: "a.md")
        try folder.write(swiftCell, to: "locked/b.md")
        #expect(chmod(folder.path + "/locked", 0) == 0)
        defer { chmod(folder.path + "/locked", 0o755) }
        let selection = LessonSelection(paths: [folder.path])
        #expect(selection.inputs.map(\.path) == [first])
        #expect(
            selection.problems.map(\.description) == [
                "\(folder.path)/locked: error: cannot list the folder: Permission denied"
            ])
    }
}

/// Makes folders below `start` until the path is longer than `PATH_MAX`, through folder descriptors (a path
/// that long cannot be used whole); returns the path of the deepest and what removes them all.
private func makeFolderBeyondTheLongestPath(in start: String) throws -> (path: String, remove: () -> Void) {
    #expect(mkdir(start, 0o755) == 0)
    let name = String(repeating: "d", count: 200)
    var path = start
    var descriptors = [open(start, O_RDONLY | O_DIRECTORY)]
    let remove = {
        for descriptor in descriptors.reversed() {
            unlinkat(descriptor, name, AT_REMOVEDIR)
            close(descriptor)
        }
    }
    while path.utf8.count <= Int(PATH_MAX) + 200, let last = descriptors.last, last >= 0 {
        #expect(mkdirat(last, name, 0o755) == 0)
        descriptors.append(openat(last, name, O_RDONLY | O_DIRECTORY))
        path += "/" + name
    }
    try #require(descriptors.allSatisfy { $0 >= 0 })
    // The deepest has no folder of its own to remove.
    close(descriptors.removeLast())
    return (path, remove)
}
