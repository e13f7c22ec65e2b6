import Foundation

/// The folder where archived data sets are extracted once and reused (fast.ai keeps them in `~/.fastai/data`):
/// `$LESSON_CACHE`, by default `~/.cache/lesson/data`.
///
/// A data set `name` extracted from an archive lives in `name/`, with its ``ExtractionManifest`` beside it in
/// `name.manifest`. Extraction goes into a temporary folder (`.name.partial-PID`) that is renamed into place only
/// once complete and counted, and the manifest is written last; a folder whose manifest is missing or does not
/// match the archive is extracted again. A lock file (`name.lock`) lets one process at a time check or extract a
/// data set, so lessons checked in parallel share one extraction.
///
/// ```swift
/// let cache = DataSetCache(folder: Path("/home/me/.cache/lesson/data"))
/// let folder = try cache.extracted(Path("/data/mnist_png.tgz"), as: "mnist_png")  // .../data/mnist_png
/// ```
public struct DataSetCache: Equatable, Sendable {
    /// The environment variable naming the cache folder: `LESSON_CACHE`.
    ///
    /// ```swift
    /// // LESSON_CACHE=/tmp/lesson-cache lesson run lessons/
    /// ```
    public static let environmentVariable = "LESSON_CACHE"

    /// The cache folder.
    ///
    /// ```swift
    /// DataSetCache.standard.folder  // Path('/home/me/.cache/lesson/data')
    /// ```
    public let folder: Path

    /// A cache in `folder` (created when first needed).
    ///
    /// ```swift
    /// let cache = DataSetCache(folder: Path("/tmp/lesson-cache"))
    /// ```
    public init(folder: Path) {
        self.folder = folder
    }

    /// `$LESSON_CACHE`, or else `~/.cache/lesson/data` (read at each use).
    ///
    /// ```swift
    /// let cache = DataSetCache.standard
    /// ```
    public static var standard: DataSetCache {
        if let value = getenv(environmentVariable).map({ String(cString: $0) }), !value.isEmpty {
            return DataSetCache(folder: Path(value))
        }
        let home = getenv("HOME").map { String(cString: $0) } ?? NSHomeDirectory()
        return DataSetCache(folder: Path(home) / ".cache/lesson/data")
    }

    /// The folder of the data set `name` extracted from `archive`: the cached one when its manifest matches the
    /// archive and it still holds all its files, else a fresh extraction (see the type's description). Reports
    /// an extraction's progress to `progress`. Throws a ``DataError`` naming the archive when it is corrupt,
    /// truncated or unsafe, or the cache folder when it cannot be written.
    ///
    /// ```swift
    /// try DataSetCache.standard.extracted(Path("/data/mnist_png.tgz"), as: "mnist_png")
    /// ```
    public func extracted(
        _ archive: Path, as name: String, progress: (any ProgressReporter)? = nil,
        afterEntry: (Int) throws -> Void = { _ in }
    ) throws -> Path {
        try createFolder(folder)
        let lock = try FileLock(folder / "\(name).lock")
        defer { lock.release() }
        let target = folder / name
        let manifestPath = folder / "\(name).manifest"
        let current = try ExtractionManifest(archive: archive, fileCount: 0)
        if let stored = ExtractionManifest.read(from: manifestPath), stored.describesSameArchive(as: current),
            target.isDirectory, countFiles(in: target) == stored.fileCount
        {
            return target
        }
        // Untrusted leftovers: the manifest goes first, so that nothing is trusted while the rest is removed.
        try remove(manifestPath)
        try remove(target)
        for stale in (try? folder.ls()) ?? [] where stale.name.hasPrefix(".\(name).partial-") { try remove(stale) }

        let partial = folder / ".\(name).partial-\(getpid())"
        try createFolder(partial)
        do {
            let files = try extractArchive(archive, into: partial, progress: progress, afterEntry: afterEntry)
            let content = try singleFolder(in: partial) ?? partial
            let counted = countFiles(in: content)
            guard counted == files else {
                throw DataError(
                    path: archive.string, reason: "extracted \(files) files but found \(counted) in \(content)")
            }
            try rename(content, to: target)
            try ExtractionManifest(archive: archive, fileCount: files).write(to: manifestPath)
            try remove(partial)
            return target
        } catch {
            try? remove(partial)
            throw error
        }
    }

    /// The one folder `partial` holds when it holds nothing else (the archive's top folder, `mnist_png/`).
    private func singleFolder(in partial: Path) throws(DataError) -> Path? {
        let entries = try partial.ls()
        guard entries.count == 1, entries[0].isDirectory, !entries[0].isSymbolicLink else { return nil }
        return entries[0]
    }

    private func createFolder(_ path: Path) throws(DataError) {
        do {
            try FileManager.default.createDirectory(atPath: path.string, withIntermediateDirectories: true)
        } catch {
            throw DataError(path: path.string, reason: "cannot create the folder: \(error.localizedDescription)")
        }
    }

    private func remove(_ path: Path) throws(DataError) {
        guard path.exists || path.isSymbolicLink else { return }
        do {
            try FileManager.default.removeItem(atPath: path.string)
        } catch {
            throw DataError(path: path.string, reason: "cannot remove it: \(error.localizedDescription)")
        }
    }

    private func rename(_ source: Path, to target: Path) throws(DataError) {
        guard Foundation.rename(source.string, target.string) == 0 else {
            throw DataError(
                path: target.string,
                reason: "cannot move the extraction into place: \(String(cString: strerror(errno)))")
        }
    }
}

/// The number of regular files in `folder` and its subfolders (symbolic links are neither counted nor followed).
func countFiles(in folder: Path) -> Int {
    guard let directory = opendir(folder.string) else { return 0 }
    defer { closedir(directory) }
    var count = 0
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard name != "." && name != ".." else { continue }
        let path = folder / name
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) {
            var info = stat()
            guard lstat(path.string, &info) == 0 else { continue }
            type =
                (info.st_mode & S_IFMT) == S_IFDIR
                ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : 0
        }
        if type == Int32(DT_REG) { count += 1 }
        if type == Int32(DT_DIR) { count += countFiles(in: path) }
    }
    return count
}

/// An exclusive `flock` on a file, held until ``release()`` (or the process's end, however it ends).
private struct FileLock {
    private let descriptor: Int32

    init(_ path: Path) throws(DataError) {
        descriptor = open(path.string, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw DataError(path: path.string, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw DataError(path: path.string, reason: "cannot lock: \(reason)")
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
