/// Counts of cells by result, and the closing line the commands print.
///
/// ```swift
/// var tally = Tally()
/// tally.count(.passed)
/// tally.count(.skipped)
/// tally.closingLine  // "1 passed, 0 failed, 1 skipped"
/// ```
public struct Tally: Sendable, Equatable {
    /// Cells that passed (for `run` and `update`, which do not compare: ran without failing).
    public var passed = 0
    /// Cells that failed.
    public var failed = 0
    /// Cells that did not run (`no-run`).
    public var skipped = 0

    /// No cells yet.
    public init() {}

    /// Counts one checked cell.
    public mutating func count(_ verdict: CellVerdict) {
        switch verdict {
        case .passed: passed += 1
        case .skipped: skipped += 1
        case .failed: failed += 1
        }
    }

    /// Counts one cell that ran (or was skipped) without being compared.
    public mutating func count(_ outcome: CellOutcome) {
        if !outcome.ran {
            skipped += 1
        } else if outcome.isFailure {
            failed += 1
        } else {
            passed += 1
        }
    }

    /// Adds another tally's counts.
    public static func += (tally: inout Tally, other: Tally) {
        tally.passed += other.passed
        tally.failed += other.failed
        tally.skipped += other.skipped
    }

    /// The closing line: `N passed, N failed`, then `, N skipped` when cells were skipped.
    public var closingLine: String {
        let line = "\(passed) passed, \(failed) failed"
        return skipped > 0 ? line + ", \(skipped) skipped" : line
    }

    /// The closing line in green when nothing failed, else in red.
    public func styledClosingLine(_ style: TextStyle) -> String {
        failed == 0 ? style.green(closingLine) : style.red(closingLine)
    }
}
