/// Why a lesson could not be read or rewritten.
///
/// ```swift
/// do { _ = try Lesson(bytes: [0xFF]) } catch { print(error) }  // not valid UTF-8 (byte 0)
/// ```
public enum LessonError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    case invalidUTF8(offset: Int)
    /// A rewrite was given a different number of outputs than the lesson has cells.
    case outputCountMismatch(cells: Int, outputs: Int)
    /// A cell or output fence is never closed, so output blocks cannot be rewritten safely.
    case unclosedFence(SourceLocation)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            "not valid UTF-8 (byte \(offset))"
        case .outputCountMismatch(let cells, let outputs):
            "\(outputs) outputs given for \(cells) cells"
        case .unclosedFence(let location):
            "\(location): the fence opened here is never closed; output blocks are not rewritten"
        }
    }
}
