import LessonDocument
import LessonScript

/// The cells of a run that were skipped (`no-run`, or flags not given), so that when a later cell cannot find a
/// name, its error can say which skipped cell defines it, instead of leaving the reader to guess.
///
/// ```swift
/// var skipped = SkippedCells(file: "lessons/x.md")
/// skipped.add(slowCell, skip: .flags(["slow"]))   // slowCell: `let model = train()`
/// skipped.note(for: error)   // for `cannot find 'model' in scope`:
/// // "note: `model` is defined by the cell at lessons/x.md:12, skipped (flag slow; run with --flags slow)"
/// ```
struct SkippedCells {
    /// The file, as notes name it.
    var file: String
    private var cells: [(cell: Cell, skip: CellSkip)] = []

    init(file: String) {
        self.file = file
    }

    /// Notes a skipped cell.
    mutating func add(_ cell: Cell, skip: CellSkip) {
        cells.append((cell, skip))
    }

    /// A note for a `cannot find 'x' in scope` error when the latest skipped cell that declares `x` exists;
    /// `nil` for other errors. Cells are parsed for their names only when such an error happens.
    func note(for error: ScriptError) -> String? {
        guard let name = error.undefinedName,
            let (cell, skip) = cells.last(where: { ScriptSession.declaredNames(in: $0.cell.source).contains(name) })
        else { return nil }
        return "note: `\(name)` is defined by the cell at \(file):\(cell.location.line), skipped (\(skip))"
    }
}
