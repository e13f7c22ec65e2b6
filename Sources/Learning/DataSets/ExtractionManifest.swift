import Foundation

/// What an extracted data set in the cache was made from and what it holds, written next to its folder
/// (`mnist_png.manifest` beside `mnist_png/`) once the extraction is complete and checked. A folder is trusted
/// only when its manifest describes the archive as it is now (name, size and modification time) and the folder
/// still holds that many files: a crash or Ctrl-C before the manifest is written leaves nothing a later run trusts.
///
/// ```swift
/// let manifest = try ExtractionManifest(archive: Path("/data/mnist_png.tgz"), fileCount: 70000)
/// try manifest.write(to: Path("/cache/mnist_png.manifest"))
/// ```
struct ExtractionManifest: Codable, Equatable {
    /// The archive's file name.
    let archiveName: String
    /// The archive's size in bytes.
    let archiveSize: Int
    /// The archive's modification time, in nanoseconds since 1970.
    let archiveModified: Int64
    /// The number of regular files extracted.
    let fileCount: Int

    /// The manifest of `archive` as it is on disk now, for `fileCount` extracted files.
    init(archive: Path, fileCount: Int) throws(DataError) {
        var info = stat()
        guard stat(archive.string, &info) == 0 else {
            throw DataError(path: archive.string, reason: String(cString: strerror(errno)))
        }
        archiveName = archive.name
        archiveSize = Int(info.st_size)
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        archiveModified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        self.fileCount = fileCount
    }

    /// The manifest stored at `path`, or `nil` when there is none or it cannot be read.
    static func read(from path: Path) -> ExtractionManifest? {
        guard let data = FileManager.default.contents(atPath: path.string) else { return nil }
        return try? JSONDecoder().decode(ExtractionManifest.self, from: data)
    }

    /// Writes the manifest to `path` atomically (a temporary file renamed into place).
    func write(to path: Path) throws(DataError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(self).write(to: URL(fileURLWithPath: path.string), options: .atomic)
        } catch {
            throw DataError(path: path.string, reason: "cannot write the manifest: \(error.localizedDescription)")
        }
    }

    /// Whether this manifest describes `other` (made for the archive now) except for the file count.
    func describesSameArchive(as other: ExtractionManifest) -> Bool {
        archiveName == other.archiveName && archiveSize == other.archiveSize
            && archiveModified == other.archiveModified
    }
}
