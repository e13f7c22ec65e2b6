import LessonDocument

extension CellOutcome {
    /// The same outcome for the cell where an edit of the lesson moved it (prose added above it, say): its error,
    /// if any, is located in the new place, and the cell's new options decide whether it failed.
    ///
    /// ```swift
    /// let moved = outcome.placed(at: edited.lesson.cells[outcome.cell.index])
    /// moved.error?.line   // the error's line in the edited file
    /// ```
    public func placed(at cell: Cell) -> CellOutcome {
        CellOutcome(
            cell: cell, skip: skip, printed: printed, displays: displays,
            error: error?.placed(in: cell, file: error?.file ?? fileName), duration: duration, fileName: fileName)
    }
}
