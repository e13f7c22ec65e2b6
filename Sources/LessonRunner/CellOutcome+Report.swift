extension CellOutcome {
    /// The cell as `lesson run` shows it: its location (`lessons/x.md:12`, red when the cell failed, with
    /// `skipped (no-run)` for cells that do not run), then its text output.
    ///
    /// ```swift
    /// outcome.runReport(file: "lessons/x.md", style: .plain)
    /// // lessons/x.md:12
    /// // tensor([1, 2, 3])
    /// ```
    public func runReport(file: String, style: TextStyle) -> String {
        let location = "\(file):\(cell.location.line)"
        guard ran else { return style.bold(location) + " skipped (no-run)" }
        let header = isFailure ? style.red(location) : style.bold(location)
        guard let text else { return header }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return header + "\n" + body
    }

    /// Why the cell failed, located, as `lesson check` and `lesson update` print it; `nil` when it did not fail.
    ///
    /// ```swift
    /// outcome.failureReport(file: "lessons/x.md", style: .plain)
    /// // lessons/x.md:14:9: error: Index out of range
    /// ```
    public func failureReport(file: String, style: TextStyle) -> String? {
        guard isFailure else { return nil }
        let failure = error.map(CellFailure.error) ?? .missingError
        return failure.report(file: file, cell: cell, style: style)
    }
}
