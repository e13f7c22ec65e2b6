/// A position in a lesson file: a 1-based line and a 1-based column counted in UTF-8 bytes (the way the Swift
/// compiler and swift-syntax count columns). Lines count every line of the original file, front matter included.
///
/// ```swift
/// let location = SourceLocation(line: 12, column: 5)
/// print(location)  // 12:5
/// ```
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number in the file.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes from the start of the line.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    ///
    /// ```swift
    /// SourceLocation(line: 3, column: 1)
    /// ```
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form compilers print.
    ///
    /// ```swift
    /// SourceLocation(line: 3, column: 7).description  // "3:7"
    /// ```
    public var description: String { "\(line):\(column)" }

    /// Orders locations as they appear in the file.
    ///
    /// ```swift
    /// SourceLocation(line: 2, column: 9) < SourceLocation(line: 3, column: 1)  // true
    /// ```
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
