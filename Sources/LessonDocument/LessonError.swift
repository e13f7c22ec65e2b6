/// Why a lesson could not be read or rewritten.
///
/// ```swift
/// do { _ = try Lesson(bytes: [0x61, 0x0A, 0xFF]) } catch { print(error) }
/// // 2:1: error: not valid UTF-8
/// ```
public enum LessonError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid UTF-8: the first bad byte is at `offset` (from the start of the file), which is
    /// `location` in the file.
    case invalidUTF8(offset: Int, location: SourceLocation)
    /// A rewrite was given a different number of outputs than the lesson has cells.
    case outputCountMismatch(cells: Int, outputs: Int)
    /// A cell or output fence is never closed, so output blocks cannot be rewritten safely.
    case unclosedFence(SourceLocation)

    /// Where in the file the problem is, when it is in the file.
    public var location: SourceLocation? {
        switch self {
        case .invalidUTF8(_, let location), .unclosedFence(let location): location
        case .outputCountMismatch: nil
        }
    }

    /// The explanation without the location.
    public var message: String {
        switch self {
        case .invalidUTF8: "not valid UTF-8"
        case .outputCountMismatch(let cells, let outputs): "\(outputs) outputs given for \(cells) cells"
        case .unclosedFence: "the fence opened here is never closed; output blocks are not rewritten"
        }
    }

    /// `line:column: error: message`, or the message alone when it is not about a place in the file.
    public var description: String {
        location.map { "\($0): error: \(message)" } ?? message
    }
}
