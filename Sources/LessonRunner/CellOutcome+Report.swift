extension CellOutcome {
    /// The cell as `lesson run` shows it: its location (`lessons/x.md:12`, marked as a failure when the cell
    /// failed, with `skipped (no-run)` or `skipped (flag slow; ...)` for cells that do not run), then its text
    /// output and, after an error, any note on it.
    ///
    /// ```swift
    /// outcome.runReport(file: "lessons/x.md", style: .plain)
    /// // lessons/x.md:12
    /// // tensor([1, 2, 3])
    /// ```
    public func runReport(file: String, style: some ReportStyle) -> String {
        let location = "\(file):\(cell.location.line)"
        if let skip { return style.mark(location, as: .location) + " skipped (\(skip))" }
        let header = style.mark(location, as: isFailure ? .failure : .location)
        let note = error?.note.map { "\n" + $0 } ?? ""
        guard let text else { return header + note }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return header + "\n" + body + note
    }

    /// Why the cell failed, located, as `lesson check` and `lesson update` print it; `nil` when it did not fail.
    ///
    /// ```swift
    /// outcome.failureReport(file: "lessons/x.md", style: .plain)
    /// // lessons/x.md:14:9: error: Index out of range
    /// ```
    public func failureReport(file: String, style: some ReportStyle) -> String? {
        failure?.report(file: file, cell: cell, style: style)
    }

    /// Why the cell failed as a GitHub Actions annotation of `command` (`run`, `update`); `nil` when it did not
    /// fail.
    ///
    /// ```swift
    /// outcome.annotation(file: "lessons/x.md", command: "run")?.command
    /// // "::error file=lessons/x.md,line=14,col=9,title=lesson run%3A error::lessons/x.md:14:9: error: ..."
    /// ```
    public func annotation(file: String, command: String) -> GitHubAnnotation? {
        failure?.annotation(file: file, cell: cell, command: command)
    }
}
