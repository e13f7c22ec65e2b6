import LessonRunner

/// How `lesson` writes reports on a terminal: ANSI colors for the parts the runner marks (red failures and
/// removed lines, green success and added lines, cyan hunk headers, bold locations), or plain text.
///
/// ```swift
/// let style = TerminalStyle(colored: isatty(1) == 1 && !noColor)
/// print(check.report(style: style))
/// ```
struct TerminalStyle: ReportStyle {
    /// Whether colors are written.
    let colored: Bool

    /// `text` in the color of `role`, or unchanged without colors.
    func mark(_ text: String, as role: ReportRole) -> String {
        colored ? "\u{1B}[\(Self.code(for: role))m\(text)\u{1B}[0m" : text
    }

    /// The ANSI code of a role's color or weight.
    static func code(for role: ReportRole) -> String {
        switch role {
        case .location: "1"
        case .failure, .removed: "31"
        case .success, .added: "32"
        case .hunk: "36"
        }
    }
}
