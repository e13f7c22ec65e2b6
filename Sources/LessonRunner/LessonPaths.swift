import Foundation

/// Turns the PATH arguments of `lesson` into lesson files: a file is taken as it is; a folder gives every `*.md`
/// file below it (recursively, skipping hidden files and folders, not following links to folders), in sorted
/// order. Whether a found file holds a `swift` cell is decided when it is loaded (``LessonInput``).
///
/// ```swift
/// try LessonPaths.files(["lessons"])
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

    /// The files the paths name, in argument order, each folder's files sorted by path components.
    ///
    /// - Throws: ``LessonPathError`` when a path does not exist or a folder cannot be listed.
    public static func files(_ paths: [String]) throws(LessonPathError) -> [Found] {
        var found: [Found] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw LessonPathError(path: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                found += try markdownFiles(in: path).map { Found(path: $0, isNamed: false) }
            } else {
                found.append(Found(path: path, isNamed: true))
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

    /// Every `*.md` below `folder`, sorted by path components so that a folder's files stay together.
    private static func markdownFiles(in folder: String) throws(LessonPathError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LessonPathError(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            else { continue }
            if type == .typeDirectory {
                files += try markdownFiles(in: path)
            } else if name.hasSuffix(".md"), isFile(path) {
                files.append(path)
            }
        }
        return files
    }

    /// Whether `path` is a file, or a link to one.
    private static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
