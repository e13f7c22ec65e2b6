import LessonDocument
import LessonScript

/// The error that stopped a cell, located in the lesson file (list indentation and block quotes accounted for).
///
/// ```swift
/// let error = outcome.error!
/// error.description  // "lessons/x.md:14:9: error: Index out of range"
/// error.kind         // .runtime
/// ```
public struct CellError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Syntax error, runtime error or time limit.
    public let kind: ScriptError.Kind
    /// The message alone: `Index out of range`.
    public let message: String
    /// The file, as messages name it.
    public let file: String
    /// The 1-based line in the file.
    public let line: Int
    /// The 1-based byte column in the file, when the interpreter knows the exact spot.
    public let column: Int?
    /// For syntax errors, the source lines with a caret under the problem, as `swiftc` prints them.
    public let annotatedSource: String?

    /// Places an interpreter error, whose lines count from `origin line` (the cell's first body line), in the file.
    init(_ error: ScriptError, in cell: Cell, file: String) {
        kind = error.kind
        message = error.message
        self.file = file
        annotatedSource = error.annotatedSource.flatMap { $0.isEmpty ? nil : $0 }
        if let position = error.position {
            let spot = cell.fileLocation(line: position.line - cell.block.bodyStart.line + 1, column: position.column)
            (line, column) = (spot.line, spot.column)
        } else {
            (line, column) = (cell.location.line, nil)
        }
    }

    private init(_ error: CellError, file: String) {
        (kind, message, line, column, annotatedSource) =
            (error.kind, error.message, error.line, error.column, error.annotatedSource)
        self.file = file
    }

    /// The same error naming the file differently (the output blocks name it by its name alone).
    func naming(_ file: String) -> CellError {
        CellError(self, file: file)
    }

    /// `file:line:column: error: message` (`file:line:` without a known column), then any annotated source.
    public var description: String {
        let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        let head = "\(place): error: \(message)"
        return annotatedSource.map { head + "\n" + $0 } ?? head
    }
}
