/// The lines of an output text as an output block holds them.
enum OutputText {
    /// Splits at `\n`, `\r\n` and lone `\r`; a final line ending does not start another line, so `"1\n2\n"`
    /// and `"1\n2"` are both the lines `1`, `2`, and `""` has no lines.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var afterCR = false
        for byte in text.utf8 {
            if afterCR && byte == UInt8(ascii: "\n") {
                afterCR = false
                continue
            }
            afterCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines
    }

    /// The body lines of an output block, each as `prefix + line + ending`; an empty line gets the prefix
    /// without its trailing spaces (`>` inside a block quote, nothing inside a list item).
    static func encode(_ lines: [String], prefix: [UInt8], ending: LineEnding) -> [UInt8] {
        let blankPrefix = Array(prefix.reversed().drop(while: isSpaceOrTab).reversed())
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.isEmpty ? blankPrefix : prefix
            bytes += line.utf8
            bytes += ending.bytes
        }
        return bytes
    }
}
