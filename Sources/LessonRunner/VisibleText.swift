/// Control characters written as Swift escapes (`\u{1B}`), so that what a cell printed shows as text in a diff
/// or a report instead of acting on the terminal (an ANSI colour code, a bell, a carriage return that hides the
/// line).
///
/// ```swift
/// VisibleText.escapingControls("\u{1B}[31mred\u{1B}[0m")   // "\\u{1B}[31mred\\u{1B}[0m"
/// ```
enum VisibleText {
    /// `\u{HEX}`, the Swift escape of `scalar`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// Whether `scalar` is a control character a terminal acts on: C0 controls other than tab and line feed,
    /// DEL, and the C1 controls (U+0080 to U+009F, among them the one-character CSI).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }

    /// `line` with every control character (``isControl(_:)``) escaped.
    static func escapingControls(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var result = ""
        for scalar in line.unicodeScalars {
            if isControl(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
