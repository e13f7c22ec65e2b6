import LessonDocument

/// Why a lesson path cannot be used: it is missing, unreadable, not a regular file, not UTF-8, its Markdown or
/// front matter has an error, or it cannot be written. The CLI prints it on stderr and exits with status 2.
///
/// Every line has the one location format of `lesson`'s messages: `path:line:column: error: message` for a
/// problem at a place in the file, `path: error: reason` for the file as a whole.
///
/// ```swift
/// do { _ = try LessonInput.load("lessons/x.md") } catch { print(error) }
/// // lessons/x.md:3:7: error: not valid UTF-8
/// ```
public struct LessonPathError: Error, Equatable, CustomStringConvertible {
    /// The file or folder concerned, as given.
    public let path: String
    /// The problems, each with its place in the file when it has one.
    public let problems: [Problem]

    /// One problem: its message and, when it is at a place in the file, that place.
    public struct Problem: Sendable, Equatable {
        /// The place in the file, or `nil` for the file as a whole.
        public let location: SourceLocation?
        /// The reason: `not a regular file (a FIFO)`, `front matter: ...`.
        public let message: String
    }

    /// An error with one reason about the whole file or folder.
    ///
    /// ```swift
    /// LessonPathError(path: "notes", reason: "no such file or folder")
    /// ```
    public init(path: String, reason: String) {
        self.init(path: path, problems: [Problem(location: nil, message: reason)])
    }

    /// An error at a place in the file.
    ///
    /// ```swift
    /// LessonPathError(path: "x.md", reason: "not valid UTF-8", at: SourceLocation(line: 3, column: 7))
    /// ```
    public init(path: String, reason: String, at location: SourceLocation?) {
        self.init(path: path, problems: [Problem(location: location, message: reason)])
    }

    /// An error for each diagnostic (every error diagnostic of a file).
    public init(path: String, diagnostics: [Diagnostic]) {
        self.init(path: path, problems: diagnostics.map { Problem(location: $0.location, message: $0.message) })
    }

    private init(path: String, problems: [Problem]) {
        self.path = path
        self.problems = problems
    }

    /// The messages without their places: `not valid UTF-8`.
    public var reasons: [String] { problems.map(\.message) }

    /// `path:line:column: error: message` or `path: error: reason`, one line per problem.
    public var description: String {
        problems.map { problem in
            let place = problem.location.map { "\(path):\($0)" } ?? path
            return "\(place): error: \(problem.message)"
        }
        .joined(separator: "\n")
    }
}
