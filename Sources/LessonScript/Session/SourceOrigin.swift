/// Where a cell's source sits in its lesson file, so that every diagnostic names the file's line and column.
///
/// ```swift
/// // A cell whose first line is line 12 of the lesson, not indented:
/// SourceOrigin(file: "lessons/04_mnist_basics.md", line: 12)
/// ```
public struct SourceOrigin: Sendable, Hashable {
    /// The lesson file's path, as it should appear in messages.
    public var file: String
    /// The 1-based line of the cell's first source line in the file.
    public var line: Int
    /// The number of columns before the cell's text on each line (indentation of the fence), usually 0.
    public var columnOffset: Int

    /// An origin at `line` of `file`.
    public init(file: String, line: Int = 1, columnOffset: Int = 0) {
        self.file = file
        self.line = max(1, line)
        self.columnOffset = max(0, columnOffset)
    }
}

/// A position in a lesson file.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// The lesson file's path.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
