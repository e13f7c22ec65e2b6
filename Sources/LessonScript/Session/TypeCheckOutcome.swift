/// What ``ScriptSession/typeCheck(_:origin:)`` found in a cell: its first syntax or type error, and how long the
/// type checker took on it (parsing not included, since running a cell parses it too).
///
/// ```swift
/// let outcome = session.typeCheck("let y: Int = \"s\"", origin: SourceOrigin(file: "main.swift"))
/// outcome.error?.message  // "cannot convert value of type 'String' to specified type 'Int'"
/// outcome.duration        // 0.00004 seconds
/// ```
public struct TypeCheckOutcome: Sendable {
    /// The cell's first syntax or type error, or `nil` when it type-checks.
    public let error: ScriptError?
    /// The time the checker took, from the parsed cell to its verdict.
    public let duration: Duration
}
