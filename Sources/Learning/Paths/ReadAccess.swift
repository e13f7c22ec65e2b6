#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders a lesson's cells may read from, and how their paths show in messages.
///
/// A lesson may read below its own folder, the data folders and any folder the user adds (`--allow-read`), and
/// nowhere else: a path is resolved (symbolic links and `..` followed) before it is compared with those folders,
/// so a link inside the lesson's folder cannot lead out of it. A file must also be a regular file (a FIFO or a
/// device would never end a read). Messages name a file by its path inside the folder that holds it, never by
/// the machine's absolute path.
///
/// ```swift
/// let access = ReadAccess(folders: ["lessons", "data"])
/// try access.checkFile(Path("lessons/pictures/three.png"))   // fine
/// try access.checkFile(Path("/etc/passwd"))                  // DataError: outside the folders cells may read
/// access.shown("data/mnist_sample/train")                    // "mnist_sample/train"
/// ```
public struct ReadAccess: Sendable {
    /// The resolved folders, longest first (the innermost holding a path names it); `nil`: reads anywhere.
    private let folders: [String]?

    /// No restriction on where cells read (only regular files are read): for programs that use the library
    /// directly.
    public static let unrestricted = ReadAccess(resolvedFolders: nil)

    /// Reads allowed below `folders` (those that do not exist are left out), and below `createdLater`: folders
    /// that may not exist yet, such as the cache an archive is first extracted into while the lesson runs.
    ///
    /// ```swift
    /// ReadAccess(folders: ["lessons", "/datasets"], createdLater: [DataSetCache.standard.folder.string])
    /// ```
    public init(folders: [String], createdLater: [String] = []) {
        let resolved = folders.compactMap { Self.existingFolder($0) } + createdLater.map { Self.resolved($0) }
        self.init(resolvedFolders: Array(Set(resolved)).sorted { $0.count > $1.count })
    }

    private init(resolvedFolders: [String]?) {
        folders = resolvedFolders
    }

    /// Throws unless `path` is a regular file below an allowed folder.
    public func checkFile(_ path: Path) throws(DataError) {
        let resolved = try check(path)
        var status = stat()
        guard stat(resolved, &status) == 0 else { return }  // missing: the read itself says so
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw DataError(path: shown(path.string), reason: "is a folder, not a file") }
        if kind != S_IFREG { throw DataError(path: shown(path.string), reason: "not a regular file") }
    }

    /// Throws unless `path` is below an allowed folder (it may be missing: `exists` is then `false`).
    @discardableResult
    public func check(_ path: Path) throws(DataError) -> String {
        let resolved = Self.resolved(path.string)
        guard let folders, !folders.contains(where: { Self.holds($0, resolved) }) else { return resolved }
        throw DataError(
            path: path.string,
            reason: "outside the folders cells may read (the lesson's folder and the data folders; "
                + "--allow-read adds one)")
    }

    /// Throws unless every entry of an allowed folder is a file allowed too (a link may lead out of the folder)
    /// and regular (a FIFO would never end its read), before the entries are read.
    public func checkEntries(_ entries: [Path]) throws(DataError) {
        for entry in entries {
            var status = stat()
            guard lstat(entry.string, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG, S_IFDIR: continue
            case S_IFLNK: try checkFile(entry)
            default: throw DataError(path: shown(entry.string), reason: "not a regular file")
            }
        }
    }

    /// `path` as messages show it: inside the innermost allowed folder that holds it, relative to that folder;
    /// anywhere else, as given.
    ///
    /// ```swift
    /// ReadAccess(folders: ["/datasets"]).shown("/datasets/mnist_sample/x.png")   // "mnist_sample/x.png"
    /// ```
    public func shown(_ path: String) -> String {
        let resolved = Self.resolved(path)
        guard let folder = (folders ?? []).first(where: { Self.holds($0, resolved) }) else { return path }
        let inside = resolved.dropFirst(folder == "/" ? 1 : folder.count + 1)
        return inside.isEmpty ? "." : String(inside)
    }

    /// Whether `folder` (resolved) holds `path` (resolved) or is it.
    private static func holds(_ folder: String, _ path: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// The absolute path of a folder with links resolved, or `nil` when it is not a folder.
    private static func existingFolder(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        var status = stat()
        guard stat(real, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        return String(cString: real)
    }

    /// The absolute path with every link and `..` resolved: the longest part that exists through `realpath`, the
    /// rest lexically.
    static func resolved(_ path: String) -> String {
        var components = (path.hasPrefix("/") ? path : currentFolder() + "/" + path).split(separator: "/")
        var rest: [Substring] = []
        while true {
            let prefix = "/" + components.joined(separator: "/")
            if let real = realpath(prefix, nil) {
                defer { free(real) }
                return lexicallyJoined(String(cString: real), rest)
            }
            guard let last = components.popLast() else { return lexicallyJoined("/", rest) }
            rest.insert(last, at: 0)
        }
    }

    /// `base` followed by `parts`, `.` dropped and `..` taking the previous part away.
    private static func lexicallyJoined(_ base: String, _ parts: [Substring]) -> String {
        var components = base.split(separator: "/")
        for part in parts {
            switch part {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(part)
            }
        }
        return "/" + components.joined(separator: "/")
    }

    private static func currentFolder() -> String {
        guard let folder = getcwd(nil, 0) else { return "/" }
        defer { free(folder) }
        return String(cString: folder)
    }
}
