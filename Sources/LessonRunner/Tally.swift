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
    /// Cells that did not run (`no-run`, or flags not given).
    public var skipped = 0
    /// Lesson files (or folders) that could not be used at all: missing, unreadable, invalid.
    public var filesNotRun = 0

    /// No cells yet.
    public init() {}

    /// Counts given outright.
    ///
    /// ```swift
    /// Tally(passed: 3, failed: 1).closingLine  // "3 passed, 1 failed"
    /// ```
    public init(passed: Int, failed: Int, skipped: Int = 0, filesNotRun: Int = 0) {
        (self.passed, self.failed, self.skipped, self.filesNotRun) = (passed, failed, skipped, filesNotRun)
    }

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
        tally.filesNotRun += other.filesNotRun
    }

    /// The closing line of `lesson check`: `N passed, N failed`, then `, N skipped` when cells were skipped and
    /// `, N files not run` when files could not be used; just `N files not run` when no cell was counted, so
    /// that a file that could not be read never shows as `0 passed, 0 failed`.
    ///
    /// ```swift
    /// Tally(passed: 3, failed: 1).closingLine                // "3 passed, 1 failed"
    /// Tally(passed: 0, failed: 0, filesNotRun: 1).closingLine  // "1 file not run"
    /// ```
    public var closingLine: String {
        withSkipped("\(passed) passed, \(failed) failed")
    }

    /// The closing line of `lesson run`, which compares nothing: `N ran, N failed` (every cell that ran, the
    /// failed ones included), then `, N skipped` when cells were skipped.
    ///
    /// ```swift
    /// Tally(passed: 8, failed: 1, skipped: 1).runClosingLine  // "9 ran, 1 failed, 1 skipped"
    /// ```
    public var runClosingLine: String {
        withSkipped("\(passed + failed) ran, \(failed) failed")
    }

    /// ``closingLine``, marked as success when nothing failed, else as failure.
    public func styledClosingLine(_ style: some ReportStyle) -> String {
        style.mark(closingLine, as: isClean ? .success : .failure)
    }

    /// ``runClosingLine``, marked as success when nothing failed, else as failure.
    public func styledRunClosingLine(_ style: some ReportStyle) -> String {
        style.mark(runClosingLine, as: isClean ? .success : .failure)
    }

    private var isClean: Bool { failed == 0 && filesNotRun == 0 }

    /// The counts after `line`: skipped cells and files not run; only the files when no cell was counted.
    private func withSkipped(_ line: String) -> String {
        let files = "\(filesNotRun) file\(filesNotRun == 1 ? "" : "s") not run"
        if filesNotRun > 0 && passed + failed + skipped == 0 { return files }
        var line = line
        if skipped > 0 { line += ", \(skipped) skipped" }
        if filesNotRun > 0 { line += ", " + files }
        return line
    }
}
