import Foundation
import LessonDocument

/// A lesson file read and ready to run: its path, its parsed model and its settings.
///
/// Loading refuses a file that cannot be run as written (unreadable, not UTF-8, an unclosed fence, a bad
/// front matter value or print option); warnings (unknown cell options, stray output blocks) are kept for the
/// caller to show, and the lesson still runs.
///
/// ```swift
/// let input = try LessonInput.load("lessons/00-the-cell-language.md")
/// input.lesson.cells.count   // 14
/// input.warnings             // ["lessons/00-the-cell-language.md:30:10: warning: unknown cell option `x=1`"]
/// ```
public struct LessonInput: Sendable {
    /// The path as given (how messages name the file).
    public let path: String
    /// The parsed lesson.
    public let lesson: Lesson
    /// The front matter's settings.
    public let settings: LessonSettings
    /// Located warnings about the file, `path:line:column: warning: message`.
    public let warnings: [String]
    /// The version of the file that was read (`nil` for a lesson that did not come from a file): `lesson update`
    /// replaces the file only while it is still this version.
    public let version: FileVersion?

    /// Reads and parses a lesson file.
    ///
    /// - Throws: ``LessonPathError`` naming the file and the reason.
    public static func load(_ path: String) throws(LessonPathError) -> LessonInput {
        let read: (bytes: [UInt8], version: FileVersion)
        do {
            read = try LessonFile.readVersioned(path)
        } catch {
            throw error.pathError(for: path)
        }
        let lesson: Lesson
        do {
            lesson = try Lesson(bytes: read.bytes)
        } catch {
            throw LessonPathError(path: path, reason: error.message, at: error.location)
        }
        return try LessonInput(path: path, lesson: lesson, version: read.version)
    }

    /// A lesson already in memory, checked as ``load(_:)`` checks a file.
    ///
    /// ```swift
    /// let input = try LessonInput(path: "scratch.md", lesson: Lesson(text: "```swift\n1 + 1\n```\n"))
    /// ```
    public init(path: String, lesson: Lesson, version: FileVersion? = nil) throws(LessonPathError) {
        let settings = LessonSettings(lesson.frontMatter)
        let diagnostics = (lesson.diagnostics + settings.problems).sorted { $0.location < $1.location }
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw LessonPathError(path: path, diagnostics: errors) }
        self.path = path
        self.lesson = lesson
        self.settings = settings
        self.warnings = diagnostics.map { "\(path):\($0)" }
        self.version = version
    }

    /// Throws when the lesson's file may not be written (it is read-only), so `lesson update` can say so before
    /// running it.
    ///
    /// ```swift
    /// try input.checkWritable()   // lessons/x.md: error: cannot replace: the file is read-only
    /// ```
    public func checkWritable() throws(LessonPathError) {
        do {
            try LessonFile.checkWritable(path)
        } catch {
            throw error.pathError(for: path)
        }
    }

    /// The file's name without its folders; error messages recorded in output blocks name the file this way, so
    /// that they do not depend on the folder a lesson is run from.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension LessonFileError {
    /// The error about the lesson `path`: `path: error: cannot read: reason`, naming also the file or folder
    /// concerned when it is another one (the folder of a temporary file, the target of a link).
    func pathError(for path: String) -> LessonPathError {
        let what = self.path == path ? operation : "\(operation) \(self.path)"
        return LessonPathError(path: path, reason: "\(what): \(reason)")
    }
}
