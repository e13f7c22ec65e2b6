extension StringProtocol {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element content and
    /// in quoted attribute values alike.
    ///
    /// ```swift
    /// "<script>alert('x')</script>".htmlEscaped  // "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
    /// ```
    public var htmlEscaped: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return String(self)
        }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 16)
        for character in unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
