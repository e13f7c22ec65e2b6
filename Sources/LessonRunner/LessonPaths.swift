import Foundation
import LessonDocument

/// Turns the PATH arguments of `lesson` into lesson files: a file is taken as it is; a folder gives every `*.md`
/// file below it (recursively, skipping hidden files and folders, not following links to folders), in sorted
/// order. Whether a found file holds a `swift` cell is decided when it is loaded (``LessonInput``).
///
/// ```swift
/// LessonPaths.files(["lessons"]).map { try $0.get().path }
/// // ["lessons/00-the-cell-language.md", "lessons/01-tensors.md", "lessons/more/02-autograd.md"]
/// ```
public enum LessonPaths {
    /// A lesson file and whether it was named directly (`true`) or found in a folder (`false`).
    public struct Found: Sendable, Equatable {
        /// The file's path: as given, or the folder's path joined with the names below it.
        public let path: String
        /// Whether the path was given as an argument; a found file without cells is skipped, a named one is not.
        public let isNamed: Bool
    }

    /// The files the paths name, in argument order, each folder's files sorted by path components; a path or an
    /// entry below a folder that cannot be used is a problem in its place, and the rest are still found: a
    /// missing path, a folder that cannot be listed, an entry that cannot be examined, a `*.md` that is not a
    /// regular file (a FIFO, a link to a device).
    ///
    /// ```swift
    /// LessonPaths.files(["lessons"])   // [.success(lessons/a.md), .failure(lessons/locked: error: cannot list ...)]
    /// ```
    public static func files(_ paths: [String]) -> [Result<Found, LessonPathError>] {
        var found: [Result<Found, LessonPathError>] = []
        for path in paths {
            var status = stat()
            if stat(path, &status) != 0 {
                let reason = errno == ENOENT ? "no such file or folder" : systemReason("cannot examine")
                found.append(.failure(LessonPathError(path: path, reason: reason)))
            } else if FileKind(status) == .folder {
                found += markdownFiles(in: path)
            } else {
                found.append(.success(Found(path: path, isNamed: true)))
            }
        }
        return found
    }

    /// `path` without `.` and empty components, as CI tools name files: `./lessons//x.md` is `lessons/x.md` (a
    /// leading `/` stays; `..` is kept, as following it needs the file system).
    ///
    /// ```swift
    /// LessonPaths.normalized("./lessons//01-tensors.md")   // "lessons/01-tensors.md"
    /// ```
    public static func normalized(_ path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        let joined = components.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }

    /// The folder that holds the file at `path`: `lessons` for `lessons/x.md`, `.` for `x.md`.
    ///
    /// ```swift
    /// LessonPaths.folder(of: "lessons/x.md")   // "lessons"
    /// ```
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Every `*.md` below `folder`, sorted by path components so that a folder's files stay together, with the
    /// problems met on the way in their places.
    private static func markdownFiles(in folder: String) -> [Result<Found, LessonPathError>] {
        let names: [String]
        switch entryNames(of: folder) {
        case .success(let listed): names = listed
        case .failure(let error): return [.failure(error)]
        }
        var files: [Result<Found, LessonPathError>] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let isLesson = name.hasSuffix(".md")
            switch FileKind(path: path, followingLinks: false) {
            case .folder?:
                files += markdownFiles(in: path)
            case .regular? where isLesson:
                files.append(.success(Found(path: path, isNamed: false)))
            case .symbolicLink? where isLesson:
                // A link to a file is followed (the read refuses what is not a regular file); links to folders
                // are not, so that a link cannot make a loop.
                if FileKind(path: path) != .folder { files.append(.success(Found(path: path, isNamed: false))) }
            case let kind? where isLesson && kind != .symbolicLink:
                files.append(.failure(LessonPathError(path: path, reason: "cannot read: not a regular file (\(kind))")))
            case nil:
                files.append(.failure(LessonPathError(path: path, reason: systemReason("cannot examine"))))
            default:
                continue
            }
        }
        return files
    }

    /// The names in a folder (without `.` and `..`), or why it cannot be listed.
    private static func entryNames(of folder: String) -> Result<[String], LessonPathError> {
        guard let directory = opendir(folder) else {
            return .failure(LessonPathError(path: folder, reason: systemReason("cannot list the folder")))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno == 0 { return .success(names) }
                return .failure(LessonPathError(path: folder, reason: systemReason("cannot list the folder")))
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// `what: the system's reason` for the current `errno`.
    private static func systemReason(_ what: String) -> String {
        "\(what): \(String(cString: strerror(errno)))"
    }
}
