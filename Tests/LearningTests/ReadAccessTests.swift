import Foundation
import Learning
import Testing

/// Where cells may read: below the allowed folders, after links and `..` are followed, and only regular files.
@Suite final class ReadAccessTests {
    private let folder = NSTemporaryDirectory() + "read-access-" + UUID().uuidString

    init() throws {
        for name in ["lesson/pictures", "data/set", "outside"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        }
        for name in ["lesson/pictures/a.png", "data/set/b.png", "outside/secret.txt"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private var access: ReadAccess { ReadAccess(folders: [folder + "/lesson", folder + "/data", folder + "/none"]) }

    @Test func readsBelowTheAllowedFoldersOnly() throws {
        try access.checkFile(Path(folder + "/lesson/pictures/a.png"))
        try access.checkFile(Path(folder + "/data/set/b.png"))
        try access.check(Path(folder + "/lesson/missing.png"))
        #expect(throws: DataError.self) { try self.access.checkFile(Path(self.folder + "/outside/secret.txt")) }
        #expect(throws: DataError.self) { try self.access.check(Path(self.folder + "/lesson/../outside")) }
        #expect(throws: DataError.self) { try self.access.check(Path("/")) }
        try ReadAccess.unrestricted.checkFile(Path(folder + "/outside/secret.txt"))
    }

    /// The data cache may be made while the lesson runs (the first `untarData` of an archive): reads below it
    /// are allowed once it exists, and a link made in its place still cannot lead elsewhere.
    @Test func aFolderCreatedLaterIsReadableOnceItExists() throws {
        let cache = folder + "/cache/data"
        let access = ReadAccess(folders: [folder + "/lesson"], createdLater: [cache])
        #expect(throws: DataError.self) { try ReadAccess(folders: [cache]).check(Path(cache + "/mnist_png/x.png")) }
        try FileManager.default.createDirectory(atPath: cache + "/mnist_png", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: cache + "/mnist_png/x.png", contents: Data("x".utf8))
        try access.checkFile(Path(cache + "/mnist_png/x.png"))
        #expect(access.shown(cache + "/mnist_png/x.png") == "mnist_png/x.png")
        try FileManager.default.createSymbolicLink(atPath: cache + "/escape", withDestinationPath: folder + "/outside")
        #expect(throws: DataError.self) { try access.checkFile(Path(cache + "/escape/secret.txt")) }
    }

    @Test func aLinkCannotLeadOutOfAnAllowedFolder() throws {
        let link = folder + "/lesson/pictures/innocent.png"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder + "/outside/secret.txt")
        do {
            try access.checkFile(Path(link))
            Issue.record("a link out of the lesson's folder was allowed")
        } catch {
            #expect(
                error.description
                    == "\(link): outside the folders cells may read (the lesson's folder and the data folders; "
                    + "--allow-read adds one)")
        }
        #expect(throws: DataError.self) { try self.access.checkEntries(Path(self.folder + "/lesson/pictures").ls()) }
    }

    @Test func onlyRegularFilesAreRead() throws {
        let fifo = folder + "/lesson/pictures/pipe.png"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: DataError(path: "pictures/pipe.png", reason: "not a regular file")) {
            try self.access.checkFile(Path(fifo))
        }
        #expect(throws: DataError(path: fifo, reason: "not a regular file")) {
            try ReadAccess.unrestricted.checkEntries(Path(self.folder + "/lesson/pictures").ls())
        }
    }

    @Test func pathsShowInsideTheFolderThatHoldsThem() {
        #expect(access.shown(folder + "/lesson/pictures/a.png") == "pictures/a.png")
        #expect(access.shown(folder + "/data/set/../set/b.png") == "set/b.png")
        #expect(access.shown(folder + "/lesson") == ".")
        #expect(access.shown("/somewhere/else.png") == "/somewhere/else.png")
    }
}
