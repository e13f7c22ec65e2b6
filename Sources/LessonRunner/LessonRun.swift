/// A lesson and the outcome of each of its cells, in file order.
///
/// ```swift
/// let run = LessonRunner().run(input)
/// run.cells.filter(\.isFailure).count  // 0
/// ```
public struct LessonRun: Sendable {
    /// The lesson that ran.
    public let input: LessonInput
    /// One outcome per cell, in file order (skipped `no-run` cells included).
    public let cells: [CellOutcome]

    /// Pairs a lesson with its outcomes.
    public init(input: LessonInput, cells: [CellOutcome]) {
        self.input = input
        self.cells = cells
    }

    /// Whether any cell failed (see ``CellOutcome/isFailure``).
    public var hasFailures: Bool { cells.contains(where: \.isFailure) }
}
