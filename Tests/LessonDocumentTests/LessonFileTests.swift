import Foundation
import LessonDocument
import Testing

@Suite final class LessonFileTests {
    private let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "lesson-file-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    private func folderEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func readsAndParsesALesson() throws {
        let path = folder + "/a.md"
        try "```swift\nx\n```\n".write(toFile: path, atomically: false, encoding: .utf8)
        let lesson = try LessonFile.read(path)
        #expect(lesson.cells.map(\.source) == ["x\n"])
    }

    @Test func missingFileIsAnErrorNamingIt() {
        let path = folder + "/missing.md"
        #expect(throws: LessonFileError.self) { try LessonFile.read(path) }
        do {
            _ = try LessonFile.readBytes(path)
        } catch {
            #expect(error.description == "cannot read \(path): No such file or directory")
        }
    }

    @Test func nonUTF8FileIsAnError() throws {
        let path = folder + "/latin1.md"
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x0A, 0xE9, 0x0A])))
        #expect(throws: LessonError.invalidUTF8(offset: 2, location: SourceLocation(line: 2, column: 1))) {
            try LessonFile.read(path)
        }
    }

    @Test func replacesContentsAndKeepsPermissions() throws {
        let path = folder + "/lesson.md"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try LessonFile.write("new\r\n", to: path)
        #expect(try contents(path) == "new\r\n")
        #expect(try permissions(path) == 0o640)
        #expect(try folderEntries() == ["lesson.md"])
    }

    @Test func createsANewFile() throws {
        let path = folder + "/new.md"
        try LessonFile.write(bytes: Array("\u{FEFF}# New\n".utf8), to: path)
        #expect(try LessonFile.readBytes(path) == Array("\u{FEFF}# New\n".utf8))
    }

    @Test func writesThroughASymbolicLink() throws {
        let target = folder + "/target.md"
        let link = folder + "/link.md"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try LessonFile.write("new", to: link)
        #expect(try contents(target) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func failureLeavesNoTemporaryFileAndNamesTheFolder() throws {
        let path = folder + "/no/such/folder/x.md"
        #expect(throws: LessonFileError.self) { try LessonFile.write("x", to: path) }
        #expect(try folderEntries().isEmpty)
    }

    @Test func renameOntoAFolderFailsAndCleansUp() throws {
        let path = folder + "/dir.md"
        try FileManager.default.createDirectory(atPath: path + "/inner", withIntermediateDirectories: true)
        #expect(throws: LessonFileError.self) { try LessonFile.write("x", to: path) }
        #expect(try folderEntries() == ["dir.md"])
    }

    @Test func updateRoundTripThroughAFile() throws {
        let path = folder + "/round.md"
        let text = "---\ntitle: T\n---\r\n```swift\r\n1 + 1\r\n```\r\n"
        try LessonFile.write(text, to: path)
        let lesson = try LessonFile.read(path)
        try LessonFile.write(try lesson.rewritten(outputs: ["2"]), to: path)
        #expect(try contents(path) == text + "\r\n```output\r\n2\r\n```\r\n")
    }

    @Test func onlyRegularFilesAreRead() throws {
        let fifo = folder + "/pipe.md"
        #expect(mkfifo(fifo, 0o644) == 0)
        let device = folder + "/zero.md"
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/zero")
        let expected = [
            (fifo, "not a regular file (a FIFO)"), (device, "not a regular file (a character device)"),
            (folder, "not a regular file (a folder)"),
        ]
        for (path, reason) in expected {
            #expect(throws: LessonFileError(operation: "cannot read", path: path, reason: reason)) {
                try LessonFile.readBytes(path)
            }
        }
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let path = folder + "/huge.md"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(LessonFile.sizeLimit + 1)) == 0)  // sparse: nothing is written
        #expect(throws: LessonFileError(operation: "cannot read", path: path, reason: "larger than 64 MiB")) {
            try LessonFile.readBytes(path)
        }
        try "12345".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: LessonFileError(operation: "cannot read", path: path, reason: "larger than 4 bytes")) {
            try LessonFile.readBytes(path, sizeLimit: 4)
        }
        #expect(try LessonFile.readBytes(path, sizeLimit: 5) == Array("12345".utf8))
    }

    @Test func aReadOnlyFileIsNotReplaced() throws {
        let path = folder + "/locked.md"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: LessonFileError(operation: "cannot replace", path: path, reason: "the file is read-only")) {
            try LessonFile.write("new", to: path)
        }
        #expect(try contents(path) == "old")
        #expect(try folderEntries() == ["locked.md"])
    }

    @Test func aFileThatChangedAfterItWasReadIsNotReplaced() throws {
        let path = folder + "/edited.md"
        try "version 1".write(toFile: path, atomically: false, encoding: .utf8)
        let (_, version) = try LessonFile.readVersioned(path)
        // The same size and modification time, other contents: only the hash tells.
        let time = try #require(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("version 2".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: path)
        do {
            try LessonFile.write(bytes: Array("updated".utf8), to: path, replacing: version)
            Issue.record("the edited file was replaced")
        } catch {
            #expect(error.isChangedSinceRead)
        }
        #expect(try contents(path) == "version 2")
        #expect(try folderEntries() == ["edited.md"])
        // Saved by renaming a new file into place, with the first contents: another file all the same.
        try "version 1".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: LessonFileError.self) {
            try LessonFile.write(bytes: Array("updated".utf8), to: path, replacing: version)
        }
        let (_, current) = try LessonFile.readVersioned(path)
        try LessonFile.write(bytes: Array("updated".utf8), to: path, replacing: current)
        #expect(try contents(path) == "updated")
    }
}
