/// How a line of a lesson file ends.
///
/// ```swift
/// let lesson = Lesson(text: "# Notes\r\n")
/// lesson.dominantLineEnding  // .crlf
/// ```
public enum LineEnding: String, Sendable, Equatable {
    /// `\n`, the Unix ending.
    case lf = "\n"
    /// `\r\n`, the Windows ending.
    case crlf = "\r\n"
    /// A lone `\r` (classic Mac); CommonMark counts it as a line ending too.
    case cr = "\r"

    var bytes: [UInt8] { Array(rawValue.utf8) }
}
