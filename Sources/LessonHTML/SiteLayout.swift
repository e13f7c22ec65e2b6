import Foundation
import LessonDocument

/// A file of the rendered site: its path inside the output folder and its bytes.
///
/// ```swift
/// OutputFile(path: "lessons/pixels.html", text: page.html)
/// ```
public struct OutputFile: Sendable, Equatable {
    /// The path relative to the output folder (`lessons/pixels.html`, `index.html`).
    public let path: String
    /// The file's contents.
    public let bytes: [UInt8]

    /// A file with the given bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file with the UTF-8 bytes of `text`.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// A failed write into the output folder, naming the file and the reason.
public struct SiteError: Error, Equatable, CustomStringConvertible {
    /// The file or folder concerned.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// Where pages go in the output folder (`output/` by default): each lesson's page mirrors the lesson's path,
/// with `.html` for `.md`, and `index.html` sits at the top. Writing is atomic per file and skips files whose
/// bytes are already right; checking writes nothing and names the files that would change.
///
/// ```swift
/// SiteLayout.pagePath(forLesson: "lessons/basics/pixels.md")   // "lessons/basics/pixels.html"
/// SiteLayout.indexLink(fromPage: "lessons/basics/pixels.html") // "../../index.html"
/// let stale = SiteLayout.staleFiles(files, in: "output")        // [] when the committed pages are current
/// ```
public enum SiteLayout {
    /// The name of the index page.
    public static let indexPath = "index.html"

    /// The page's path for a lesson path: the same folders (leading `./`, `/` and `..` parts dropped, so it
    /// stays inside the output folder) and the file's name with `.html` instead of `.md`.
    public static func pagePath(forLesson path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." && $0 != ".." }.map(String.init)
        guard var name = parts.last else { return "lesson.html" }
        if name.hasSuffix(".md") { name.removeLast(3) }
        return (parts.dropLast() + [name + ".html"]).joined(separator: "/")
    }

    /// The relative link from a page (a path inside the output folder) to `index.html`.
    public static func indexLink(fromPage pagePath: String) -> String {
        String(repeating: "../", count: pagePath.split(separator: "/").count - 1) + indexPath
    }

    /// Writes the files into `folder`, creating folders as needed; a file whose bytes are already the same is
    /// left untouched. Returns the paths (relative) that were written.
    ///
    /// - Throws: ``SiteError`` naming the file or folder that could not be written.
    @discardableResult
    public static func write(_ files: [OutputFile], into folder: String) throws(SiteError) -> [String] {
        var written: [String] = []
        for file in files where !isCurrent(file, in: folder) {
            let target = folder + "/" + file.path
            let parent = LessonPage.folder(of: target)
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw SiteError(path: parent, reason: "cannot create the folder")
            }
            do {
                try LessonFile.write(bytes: file.bytes, to: target)
            } catch {
                throw SiteError(path: target, reason: error.description)
            }
            written.append(file.path)
        }
        return written
    }

    /// The files (relative paths) whose bytes in `folder` differ from `files` or are missing: what `render
    /// --check` reports as stale.
    public static func staleFiles(_ files: [OutputFile], in folder: String) -> [String] {
        files.filter { !isCurrent($0, in: folder) }.map(\.path)
    }

    private static func isCurrent(_ file: OutputFile, in folder: String) -> Bool {
        (try? LessonFile.readBytes(folder + "/" + file.path)) == file.bytes
    }
}
