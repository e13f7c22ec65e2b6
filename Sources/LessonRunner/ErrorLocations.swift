/// Error messages in output without the places they name, for comparing an `expect-error` cell's error with
/// its recorded block: `x.md:12:5: error: Index out of range` compares as `error: Index out of range`, and the
/// line numbers in the margin of a syntax error's source lines (`12 | let a =`) as ` | let a =`. So a renamed
/// file or a line of prose added above the cell does not break `lesson check`; the places are still recorded
/// and printed.
///
/// ```swift
/// ErrorLocations.removed(from: ["old.md:3:1: error: Division by zero"])   // ["error: Division by zero"]
/// ```
enum ErrorLocations {
    /// `lines` with the place taken from each error line, and the line numbers from the margin of the source
    /// lines that follow an error line.
    static func removed(from lines: [String]) -> [String] {
        var afterError = false
        return lines.map { line in
            if let message = messageWithoutPlace(line) {
                afterError = true
                return message
            }
            return afterError ? withoutLineNumber(line) : line
        }
    }

    /// `error: message` for a line `place:line[:column]: error: message`, else `nil`.
    private static func messageWithoutPlace(_ line: String) -> String? {
        guard let marker = line.range(of: ": error: ") else { return nil }
        var place = line[..<marker.lowerBound]
        var numbers = 0
        while numbers < 2, let colon = place.lastIndex(of: ":"), isNumber(place[place.index(after: colon)...]) {
            place = place[..<colon]
            numbers += 1
        }
        guard numbers > 0, !place.isEmpty else { return nil }
        return "error: " + line[marker.upperBound...]
    }

    private static func isNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A margin line `  12 | source` as ` | source`; other lines as they are.
    private static func withoutLineNumber(_ line: String) -> String {
        guard let bar = line.firstIndex(of: "|") else { return line }
        let margin = line[..<bar]
        guard margin.allSatisfy({ $0 == " " || ($0.isASCII && $0.isNumber) }) else { return line }
        return " " + line[bar...]
    }
}
