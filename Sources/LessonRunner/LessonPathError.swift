import LessonDocument

/// Why a lesson path cannot be used: it is missing, unreadable, not UTF-8, its Markdown or front matter has an
/// error, or it cannot be written. The CLI prints it on stderr and exits with status 2.
///
/// ```swift
/// do { _ = try LessonInput.load("lessons/x.md") } catch { print(error) }
/// // lessons/x.md: not valid UTF-8 (byte 12)
/// ```
public struct LessonPathError: Error, Equatable, CustomStringConvertible {
    /// The file or folder concerned, as given.
    public let path: String
    /// One line per problem: the reason, or `line:column: error: message` for a problem inside the file.
    public let reasons: [String]

    /// An error with one reason.
    ///
    /// ```swift
    /// LessonPathError(path: "notes", reason: "no such file or folder")
    /// ```
    public init(path: String, reason: String) {
        self.init(path: path, reasons: [reason])
    }

    /// An error with several reasons (for example every error diagnostic of a file).
    public init(path: String, reasons: [String]) {
        self.path = path
        self.reasons = reasons
    }

    /// `path: reason`, one line per reason.
    public var description: String {
        reasons.map { "\(path): \($0)" }.joined(separator: "\n")
    }
}
