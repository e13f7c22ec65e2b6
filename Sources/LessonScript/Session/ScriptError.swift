/// An error that a cell caused: a syntax error, a runtime error or the cell's time limit.
///
/// Its `description` reads like the Swift compiler's: `lesson.md:14:9: error: Index out of range`; a syntax error
/// adds the annotated source lines with a caret, as `swiftc` prints them.
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Hashable {
        /// The parser or the type checker rejected the cell (a syntax error, a type error, a construct outside
        /// the language); nothing of it ran.
        case syntax
        /// Running the cell failed at `position`.
        case runtime
        /// The cell ran past its time limit.
        case timeout
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The message alone, without location: `Index out of range`.
    public var message: String
    /// Where it happened, when known.
    public var position: SourcePosition?
    /// For syntax errors, the annotated source (line numbers, carets), as `swiftc` prints below the message.
    public var annotatedSource: String?

    /// `file:line:column: error: message`, followed by the annotated source when there is one.
    public var description: String {
        let head = position.map { "\($0): error: \(message)" } ?? "error: \(message)"
        guard let annotatedSource, !annotatedSource.isEmpty else { return head }
        return head + "\n" + annotatedSource
    }
}
