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
    /// A note for the reader, shown under the error in reports but never recorded as output: which skipped cell
    /// defines a name this cell could not find.
    public internal(set) var note: String?
    /// Where in the cell's source the error is (1-based line and column), when known; this is what stays the
    /// same when the cell moves in the file.
    let sourcePosition: (line: Int, column: Int)?

    /// Places an interpreter error, whose lines count the file's lines with the cell's source starting at its
    /// body's first line, in the file.
    init(_ error: ScriptError, in cell: Cell, file: String) {
        kind = error.kind
        message = error.message.replacing("\0", with: "\u{FFFD}")
        annotatedSource = error.annotatedSource.flatMap { $0.isEmpty ? nil : $0 }
        sourcePosition = error.position.map { ($0.line - cell.block.bodyStart.line + 1, $0.column) }
        (self.file, line, column) = Self.place(sourcePosition, in: cell, file: file)
    }

    private init(_ error: CellError, in cell: Cell, file: String) {
        (kind, message, sourcePosition, note) = (error.kind, error.message, error.sourcePosition, error.note)
        (self.file, line, column) = Self.place(sourcePosition, in: cell, file: file)
        guard kind == .syntax, error.annotatedSource != nil else {
            annotatedSource = error.annotatedSource
            return
        }
        let origin = SourceOrigin(file: file, line: cell.block.bodyStart.line)
        annotatedSource = ScriptSession.diagnose(cell.trimmedSource, origin: origin).first?.annotatedSource
    }

    private static func place(
        _ position: (line: Int, column: Int)?, in cell: Cell, file: String
    ) -> (String, Int, Int?) {
        guard let position else { return (file, cell.location.line, nil) }
        let spot = cell.fileLocation(line: position.line, column: position.column)
        return (file, spot.line, spot.column)
    }

    /// The same error for the cell at another place in the file (after a rewrite moved it), or naming the file
    /// differently (output blocks name it by its name alone).
    func placed(in cell: Cell, file: String) -> CellError {
        CellError(self, in: cell, file: file)
    }

    /// `file:line:column: error: message` (`file:line:` without a known column), then any annotated source (not
    /// the note: this is the text `lesson update` records).
    public var description: String {
        let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        let head = "\(place): error: \(message)"
        return annotatedSource.map { head + "\n" + $0 } ?? head
    }

    /// Equal when kind, message, place and note are (the position in the cell follows from the place).
    public static func == (lhs: CellError, rhs: CellError) -> Bool {
        (lhs.kind, lhs.message, lhs.file, lhs.line, lhs.column) == (
            rhs.kind, rhs.message, rhs.file, rhs.line, rhs.column
        )
            && (lhs.annotatedSource, lhs.note) == (rhs.annotatedSource, rhs.note)
    }
}
