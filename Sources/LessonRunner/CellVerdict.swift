/// The result of checking one cell: it passed, was skipped (`no-run`), or failed and why.
///
/// ```swift
/// let verdict = CellVerdict(outcome, lessonTolerance: 0)
/// if case .failed(let failure) = verdict { print(failure.summary) }
/// ```
public enum CellVerdict: Sendable, Equatable {
    /// It ran as expected and its output matches (or is not compared: `no-check`).
    case passed
    /// It did not run (`no-run`, or flags not given).
    case skipped
    /// It failed.
    case failed(CellFailure)

    /// Checks a cell's outcome: an unexpected error or a missing expected error fails it; otherwise its output is
    /// compared with its block (unless `no-check`), with the cell's `tolerance=` or else the lesson's, an error
    /// message without the place it names.
    public init(_ outcome: CellOutcome, lessonTolerance: Double) {
        let options = outcome.cell.options
        if !outcome.ran {
            self = .skipped
        } else if let failure = outcome.failure {
            self = .failed(failure)
        } else if !options.noCheck,
            let difference = OutputDifference(
                cell: outcome.cell, actual: outcome.text,
                matcher: OutputMatcher(
                    tolerance: options.tolerance ?? lessonTolerance, ignoresErrorLocations: outcome.error != nil))
        {
            self = .failed(.outputDiffers(difference))
        } else {
            self = .passed
        }
    }
}
