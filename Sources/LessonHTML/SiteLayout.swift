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

    /// `path: error: reason`.
    public var description: String { "\(path): error: \(reason)" }
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

    /// For each lesson whose page would be the page of an earlier lesson (or `index.html`), the earlier lesson's
    /// path (or `index.html`), by the lesson's position: two lessons never write one page. `render
    /// ../other/l.md other/l.md` gives both `other/l.html`, so the second is refused; the same file named twice
    /// (by the same path, or a folder and a file in it) is a duplicate, `nil`, to leave out silently.
    ///
    /// ```swift
    /// SiteLayout.pageConflicts(forLessons: ["../other/l.md", "other/l.md"])   // [1: "../other/l.md"]
    /// SiteLayout.pageConflicts(forLessons: ["index.md"])                       // [0: "index.html"]
    /// ```
    public static func pageConflicts(forLessons paths: [String]) -> [Int: String?] {
        var owners: [String: String] = [indexPath: indexPath]
        var conflicts: [Int: String?] = [:]
        for (index, path) in paths.enumerated() {
            let page = pagePath(forLesson: path)
            guard let owner = owners[page] else {
                owners[page] = path
                continue
            }
            conflicts[index] = sameFile(owner, path) ? String?.none : owner
        }
        return conflicts
    }

    /// Whether two paths name one existing file.
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        let (a, b) = (
            URL(fileURLWithPath: first).resolvingSymlinksInPath(),
            URL(fileURLWithPath: second).resolvingSymlinksInPath()
        )
        return a.standardizedFileURL.path == b.standardizedFileURL.path
    }

    /// A page's path as a link in `href`: each part percent-encoded (spaces, `#`, `?`, `%`, `:` and every
    /// non-ASCII byte), so that a lesson named `a #1?.md` or `café.md` is still linked right.
    ///
    /// ```swift
    /// SiteLayout.link(toPage: "notes/a #1.html")   // "notes/a%20%231.html"
    /// ```
    public static func link(toPage path: String) -> String {
        var link = ""
        for byte in path.utf8 {
            if isLinkSafe(byte) {
                link.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                link += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return link
    }

    /// Bytes a relative URL path may hold as they are: ASCII letters and digits, `/` and `-._~!$&'()*+,;=@`
    /// (not `:`, which would make the first part look like a scheme).
    private static func isLinkSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "/-._~!$&'()*+,;=@".utf8.contains(byte)
        }
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
            try makeFolder(parent)
            do {
                try LessonFile.write(bytes: file.bytes, to: target)
            } catch {
                let what = error.path == target ? error.operation : "\(error.operation) \(error.path)"
                throw SiteError(path: target, reason: "\(what): \(error.reason)")
            }
            written.append(file.path)
        }
        return written
    }

    /// Makes `path` and the folders above it that are missing, or throws with the system's reason.
    private static func makeFolder(_ path: String) throws(SiteError) {
        var made = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            made += "/" + part
            if mkdir(made, 0o777) != 0 && errno != EEXIST {
                throw SiteError(path: made, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The files (relative paths) whose bytes in `folder` differ from `files` or are missing: what `render
    /// --check` reports as stale. The times in training tables are not compared (see ``TrainingTimes``).
    public static func staleFiles(_ files: [OutputFile], in folder: String) -> [String] {
        files.filter { !isCurrent($0, in: folder) }.map(\.path)
    }

    private static func isCurrent(_ file: OutputFile, in folder: String) -> Bool {
        guard let written = try? LessonFile.readBytes(folder + "/" + file.path) else { return false }
        return written == file.bytes || TrainingTimes.masked(written) == TrainingTimes.masked(file.bytes)
    }
}

extension String {
    /// The string with `0`s in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
