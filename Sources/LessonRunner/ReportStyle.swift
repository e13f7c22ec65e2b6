/// What a part of a report is, so that a front end can set it apart: a terminal colors it, a file or a CI log
/// keeps the text as it is.
public enum ReportRole: Sendable, CaseIterable {
    /// A place in a lesson, `lessons/x.md:12:`.
    case location
    /// A failure: an error message, a failing cell's place, a closing line with failures.
    case failure
    /// Success: a closing line without failures.
    case success
    /// A diff's removed (expected) line, `-...`.
    case removed
    /// A diff's added (actual) line, `+...`.
    case added
    /// A diff's hunk header, `@@ -43,1 +43,1 @@`.
    case hunk
}

/// How reports mark their parts. The runner only says what each part is (``ReportRole``); the front end decides
/// how it looks (`lesson` colors them on a terminal). ``plain`` leaves the text as it is.
///
/// ```swift
/// struct Brackets: ReportStyle {
///     func mark(_ text: String, as role: ReportRole) -> String { role == .failure ? "[\(text)]" : text }
/// }
/// check.report(style: Brackets())   // "lessons/x.md:14:9: ..." with the error's first line in brackets
/// check.report(style: .plain)       // the same text, unmarked
/// ```
public protocol ReportStyle: Sendable {
    /// `text`, marked as `role`.
    func mark(_ text: String, as role: ReportRole) -> String
}

/// Reports as plain text: nothing is marked (files, JUnit reports, pipes).
public struct PlainReportStyle: ReportStyle {
    /// The plain style.
    public init() {}

    /// `text` unchanged.
    public func mark(_ text: String, as role: ReportRole) -> String { text }
}

extension ReportStyle where Self == PlainReportStyle {
    /// Plain text, nothing marked.
    ///
    /// ```swift
    /// update.diff(style: .plain)
    /// ```
    public static var plain: PlainReportStyle { PlainReportStyle() }
}

extension ReportStyle {
    /// A diff line marked by its first character (`-` removed, `+` added, `@` hunk header), with the control
    /// characters a cell may print (ANSI colour codes) shown as escapes rather than sent to the terminal.
    func diffLine(_ line: String) -> String {
        let line = VisibleText.escapingControls(line)
        return switch line.first {
        case "-": mark(line, as: .removed)
        case "+": mark(line, as: .added)
        case "@": mark(line, as: .hunk)
        default: line
        }
    }
}
