/// A problem found in a lesson file (front matter, fences, cell options), located in the original file.
///
/// ```swift
/// let lesson = Lesson(text: "```swift fast\n1\n```\n")
/// print(lesson.diagnostics[0])  // 1:10: warning: unknown cell option `fast` (a test flag is declared in ...)
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    ///
    /// ```swift
    /// lesson.diagnostics.contains { $0.severity == .error }
    /// ```
    public enum Severity: String, Sendable, Hashable {
        /// The lesson can still be run; something is probably not what the author meant.
        case warning
        /// The lesson (or the part named) cannot be used as written.
        case error
    }

    /// How serious the problem is.
    public var severity: Severity
    /// A one-line explanation, naming the offending text in backticks.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    /// Creates a diagnostic.
    ///
    /// ```swift
    /// Diagnostic(.warning, "unknown cell option `fast`", at: SourceLocation(line: 1, column: 10))
    /// ```
    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The 1-based line of the problem.
    public var line: Int { location.line }
    /// The 1-based byte column of the problem.
    public var column: Int { location.column }

    /// `line:column: severity: message`; prefix the file path for a compiler-style message.
    ///
    /// ```swift
    /// "lessons/x.md:\(diagnostic)"
    /// ```
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
