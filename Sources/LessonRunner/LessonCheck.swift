/// A lesson run and checked: each cell's outcome with its verdict, and the report `lesson check` prints.
///
/// ```swift
/// let check = LessonCheck(LessonRunner().run(input))
/// print(check.report(style: .plain))   // the located diffs and errors, or nothing when all passed
/// check.tally.closingLine               // "12 passed, 0 failed"
/// ```
public struct LessonCheck: Sendable {
    /// The run that was checked.
    public let run: LessonRun
    /// One verdict per cell, in file order.
    public let verdicts: [CellVerdict]

    /// Checks every cell of a run.
    public init(_ run: LessonRun) {
        self.run = run
        verdicts = run.cells.map { CellVerdict($0, lessonTolerance: run.input.settings.tolerance) }
    }

    /// How many cells passed, failed and were skipped.
    public var tally: Tally {
        var tally = Tally()
        for verdict in verdicts { tally.count(verdict) }
        return tally
    }

    /// Every failure, one block each, in file order: the located diff, error or missing-error note. Empty when
    /// every cell passed.
    public func report(style: some ReportStyle) -> String {
        zip(run.cells, verdicts).compactMap { outcome, verdict in
            guard case .failed(let failure) = verdict else { return nil }
            return failure.report(file: run.input.path, cell: outcome.cell, style: style)
        }
        .joined(separator: "\n")
    }

    /// Every failure as a GitHub Actions annotation (`--format github`), in file order.
    ///
    /// ```swift
    /// check.annotations.map(\.command)   // ["::error file=lessons/x.md,line=16,title=lesson check%3A ..."]
    /// ```
    public var annotations: [GitHubAnnotation] {
        zip(run.cells, verdicts).compactMap { outcome, verdict in
            guard case .failed(let failure) = verdict else { return nil }
            return failure.annotation(file: run.input.path, cell: outcome.cell, command: "check")
        }
    }
}
