/// How reports are written for a terminal: with ANSI colors (red removals and failures, green additions and
/// success, cyan hunk headers, bold locations) or plain.
///
/// ```swift
/// let style = TextStyle(colored: isatty(1) == 1 && !noColor)
/// print(style.red("-tensor(0.1114)"))
/// ```
public struct TextStyle: Sendable {
    /// Whether colors are written.
    public let colored: Bool

    /// A style with or without colors.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// Plain text: no escape codes (files, JUnit reports, pipes).
    public static let plain = TextStyle(colored: false)

    /// `text` in red.
    public func red(_ text: String) -> String { paint(text, "31") }
    /// `text` in green.
    public func green(_ text: String) -> String { paint(text, "32") }
    /// `text` in cyan.
    public func cyan(_ text: String) -> String { paint(text, "36") }
    /// `text` in bold.
    public func bold(_ text: String) -> String { paint(text, "1") }

    /// A diff line colored by its first character (`-`, `+`, `@`).
    func diffLine(_ line: String) -> String {
        switch line.first {
        case "-": red(line)
        case "+": green(line)
        case "@": cyan(line)
        default: line
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
