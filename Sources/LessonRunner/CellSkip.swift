/// Why a cell did not run: it is marked `no-run`, or it has test flags that were not given with `--flags`.
///
/// ```swift
/// CellSkip.flags(["slow"]).description   // "flag slow; run with --flags slow"
/// ```
public enum CellSkip: Sendable, Equatable, CustomStringConvertible {
    /// The cell is marked `no-run`.
    case noRun
    /// The cell's test flags that were not given (``LessonRunner/flags``).
    case flags([String])

    /// `no-run`, or `flag slow; run with --flags slow`.
    public var description: String {
        switch self {
        case .noRun:
            "no-run"
        case .flags(let flags):
            "flag\(flags.count == 1 ? "" : "s") \(flags.joined(separator: ", ")); run with --flags "
                + flags.joined(separator: ",")
        }
    }
}
