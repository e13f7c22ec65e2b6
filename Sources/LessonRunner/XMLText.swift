/// Escaping for XML 1.0 text and attribute values.
///
/// ```swift
/// XMLText.escaped("a < b & \"c\"", attribute: true)  // "a &lt; b &amp; &quot;c&quot;"
/// ```
enum XMLText {
    /// `text` with `&`, `<`, `>` (and in attributes `"`, tab and line breaks) escaped. Characters XML 1.0 does
    /// not allow at all (control characters other than tab and line breaks, U+FFFE, U+FFFF) are written as
    /// Swift escapes, `\u{1B}`, so the report stays well-formed and still shows them.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += VisibleText.escape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
