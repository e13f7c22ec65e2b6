import Foundation
import Learning
import Testing

/// `untarData` on an archive: extracted once into the cache, checked, reused; unsafe, corrupt, truncated and
/// interrupted extractions leave nothing that a later run trusts.
@Suite struct ArchiveExtractionTests {
    /// A tiny data set in fast.ai's `mnist_png` layout, with a folder, a link inside the tree and a hard link.
    static let digits: [TestArchive.Entry] = [
        .folder("mnist_png"),
        .file("mnist_png/training/3/10.png", Array("three".utf8)),
        .file("mnist_png/training/7/15.png", Array("seven".utf8)),
        .file("mnist_png/testing/3/30.png", Array("another three".utf8)),
        .symlink("mnist_png/testing/latest", target: "3/30.png"),
        .hardLink("mnist_png/testing/3/31.png", target: "mnist_png/testing/3/30.png"),
    ]

    /// Runs `body` with a temporary folder holding archives (the data folder) and an empty cache in it.
    func withFolders(_ body: (TestArchive, DataLocations) throws -> Void) throws {
        let archives = try TestArchive()
        defer { archives.remove() }
        let cache = DataSetCache(folder: archives.folder / "cache")
        try body(archives, DataLocations(dataDirectory: archives.folder.string, searchStarts: [], cache: cache))
    }

    /// The names in the cache folder, sorted: what a later run could find there.
    func cacheContents(_ locations: DataLocations) throws -> [String] {
        guard locations.cache.folder.exists else { return [] }
        return try locations.cache.folder.ls().map(\.name).filter { !$0.hasSuffix(".lock") }
    }

    @Test func extractsOnceIntoTheCache() throws {
        try withFolders { archives, locations in
            try archives.write("mnist_png.tgz", Self.digits)
            let path = try untarData(URLs.mnist, locations: locations)
            #expect(path == locations.cache.folder / "mnist_png")
            #expect(path.debugDescription == "Path('.')")
            #expect(try path.ls().map(\.debugDescription) == ["Path('testing')", "Path('training')"])
            #expect(try archives.bytes(of: path / "training/3/10.png") == Array("three".utf8))
            #expect(try archives.bytes(of: path / "testing/latest") == Array("another three".utf8))
            #expect(try archives.bytes(of: path / "testing/3/31.png") == Array("another three".utf8))
            #expect(try cacheContents(locations) == ["mnist_png", "mnist_png.manifest"])

            var entriesWritten = 0
            let again = try locations.cache.extracted(
                archives.folder / "mnist_png.tgz", as: "mnist_png", afterEntry: { entriesWritten = $0 })
            #expect(again == path)
            #expect(entriesWritten == 0, "a trusted extraction is reused, not redone")
        }
    }

    @Test func extractsAgainWhenTheArchiveChanges() throws {
        try withFolders { archives, locations in
            try archives.write("mnist_png.tgz", Self.digits)
            let path = try untarData(URLs.mnist, locations: locations)
            try archives.write("mnist_png.tgz", [.file("mnist_png/training/1/1.png", Array("one".utf8))])
            #expect(try untarData(URLs.mnist, locations: locations) == path)
            #expect(try path.ls().map(\.name) == ["training"])
            #expect(try (path / "training").ls().map(\.name) == ["1"])
        }
    }

    @Test func extractsAgainWhenTheFolderLostFiles() throws {
        try withFolders { archives, locations in
            try archives.write("mnist_png.tgz", Self.digits)
            let path = try untarData(URLs.mnist, locations: locations)
            try FileManager.default.removeItem(atPath: (path / "training/7/15.png").string)
            var entriesWritten = 0
            _ = try locations.cache.extracted(
                archives.folder / "mnist_png.tgz", as: "mnist_png", afterEntry: { entriesWritten = $0 })
            #expect(entriesWritten == Self.digits.count)
            #expect((path / "training/7/15.png").exists)
        }
    }

    @Test func anArchiveWithoutATopFolderIsTheDataSetFolder() throws {
        try withFolders { archives, locations in
            try archives.write("tiny.tar.gz", [.file("train/a.png", [1]), .file("valid/b.png", [2])])
            let path = try untarData("https://example.org/tiny.tar.gz", locations: locations)
            #expect(try path.ls().map(\.name) == ["train", "valid"])
        }
    }

    @Test func aFolderInTheDataDirectoryWinsOverItsArchive() throws {
        try withFolders { archives, locations in
            try archives.write("mnist_png.tgz", Self.digits)
            try FileManager.default.createDirectory(
                atPath: (archives.folder / "mnist_png").string, withIntermediateDirectories: false)
            #expect(try untarData(URLs.mnist, locations: locations) == archives.folder / "mnist_png")
            #expect(try cacheContents(locations) == [])
        }
    }

    @Test(arguments: [
        (TestArchive.Entry.file("/etc/evil", [1]), "unsafe entry '/etc/evil': absolute paths are not extracted"),
        (.file("mnist_png/../../evil", [1]), "unsafe entry 'mnist_png/../../evil': paths with '..' are not extracted"),
        (.symlink("mnist_png/up", target: "../.."), "unsafe symbolic link 'mnist_png/up' -> '../..'"),
        (.symlink("mnist_png/root", target: "/etc"), "unsafe symbolic link 'mnist_png/root' -> '/etc'"),
        (.hardLink("mnist_png/h", target: "../outside"), "unsafe hard link target '../outside'"),
        (.fifo("mnist_png/pipe"), "unsafe entry 'mnist_png/pipe': only files, folders and links can be extracted"),
    ])
    func refusesEntriesThatLeaveTheTree(entry: TestArchive.Entry, message: String) throws {
        try withFolders { archives, locations in
            let archive = try archives.write("mnist_png.tgz", [.file("mnist_png/training/3/1.png", [1]), entry])
            let text = Locations.errorText { _ = try untarData(URLs.mnist, locations: locations) }
            #expect(text?.hasPrefix("\(archive.string): \(message)") == true, "\(text ?? "no error")")
            #expect(try cacheContents(locations) == [])
            #expect(!(archives.folder.parent / "evil").exists && !(archives.folder.parent / "outside").exists)
        }
    }

    @Test func aCorruptArchiveIsALocatedError() throws {
        try withFolders { archives, locations in
            let files = (0..<40).map { TestArchive.Entry.file("mnist_png/training/\($0 % 10)/\($0).png", noise($0)) }
            let archive = try archives.write("mnist_png.tgz", files)
            var bytes = try archives.bytes(of: archive)
            for index in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[index] ^= 0x5A }
            try archives.writeFile("mnist_png.tgz", bytes)
            let text = Locations.errorText { _ = try untarData(URLs.mnist, locations: locations) }
            #expect(text?.hasPrefix("\(archive.string): corrupt or truncated archive") == true, "\(text ?? "none")")
            #expect(try cacheContents(locations) == [])
        }
    }

    @Test func aTruncatedArchiveIsALocatedError() throws {
        try withFolders { archives, locations in
            let files = (0..<40).map { TestArchive.Entry.file("mnist_png/training/\($0 % 10)/\($0).png", noise($0)) }
            let archive = try archives.write("mnist_png.tgz", files)
            let bytes = try archives.bytes(of: archive)
            try archives.writeFile("mnist_png.tgz", Array(bytes.prefix(bytes.count * 2 / 3)))
            let text = Locations.errorText { _ = try untarData(URLs.mnist, locations: locations) }
            #expect(text?.hasPrefix("\(archive.string): corrupt or truncated archive") == true, "\(text ?? "none")")
            #expect(try cacheContents(locations) == [])
        }
    }

    @Test func aFileThatIsNoArchiveOrAnEmptyOneIsAnError() throws {
        try withFolders { archives, locations in
            let archive = try archives.writeFile("mnist_png.tgz", Array("not an archive at all".utf8))
            let text = Locations.errorText { _ = try untarData(URLs.mnist, locations: locations) }
            #expect(text == "\(archive.string): cannot open the archive: Unrecognized archive format")
            try archives.write("mnist_png.tgz", [])
            #expect(
                Locations.errorText { _ = try untarData(URLs.mnist, locations: locations) }
                    == "\(archive.string): the archive holds no files")
            #expect(try cacheContents(locations) == [])
        }
    }

    /// An extraction stopped half-way (here by an error after two entries; Ctrl-C or a crash stop it the same way
    /// without the clean-up) leaves no folder a later run trusts, and the next run extracts the whole archive.
    @Test func anInterruptedExtractionIsNeverTrusted() throws {
        struct Interrupted: Error {}
        try withFolders { archives, locations in
            let archive = try archives.write("mnist_png.tgz", Self.digits)
            #expect(throws: Interrupted.self) {
                try locations.cache.extracted(
                    archive, as: "mnist_png", afterEntry: { if $0 == 2 { throw Interrupted() } })
            }
            #expect(try cacheContents(locations) == [])

            // What a killed process leaves: its partial folder, or a folder moved into place before the manifest.
            let cache = locations.cache.folder
            try FileManager.default.createDirectory(
                atPath: (cache / ".mnist_png.partial-999999/mnist_png/training").string,
                withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                atPath: (cache / "mnist_png/training/3").string, withIntermediateDirectories: true)
            try archives.writeFile("cache/mnist_png/training/3/half.png", [1])
            let path = try untarData(URLs.mnist, locations: locations)
            #expect(try cacheContents(locations) == ["mnist_png", "mnist_png.manifest"])
            #expect(try (path / "training/3").ls().map(\.name) == ["10.png"])
        }
    }

    /// Bytes that gzip cannot shrink much, so that the archive is long enough to damage in the middle.
    func noise(_ seed: Int) -> [UInt8] {
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        return (0..<2000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
