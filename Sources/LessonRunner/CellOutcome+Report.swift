import LessonDocument

extension CellOutcome {
    /// The cell as `lesson run` shows it: its location (`lessons/x.md:12`, with `skipped (no-run)` or `skipped
    /// (flag slow; ...)` for cells that do not run), then its ``runBody(style:)``.
    ///
    /// ```swift
    /// outcome.runReport(file: "lessons/x.md", style: .plain)
    /// // lessons/x.md:12
    /// // tensor([1, 2, 3])
    /// ```
    public func runReport(file: String, style: some ReportStyle) -> String {
        let header = Self.runHeader(for: cell, file: file, style: style)
        if let skip { return header + " skipped (\(skip))" }
        return runBody(style: style).map { header + "\n" + $0 } ?? header
    }

    /// The location line `lesson run` prints as a cell starts, so that a cell that takes long (or never ends)
    /// shows in a log: `lessons/x.md:12`.
    ///
    /// ```swift
    /// CellOutcome.runHeader(for: cell, file: "lessons/x.md", style: .plain)   // "lessons/x.md:12"
    /// ```
    public static func runHeader(for cell: Cell, file: String, style: some ReportStyle) -> String {
        style.mark("\(file):\(cell.location.line)", as: .location)
    }

    /// What `lesson run` prints under the location once the cell has run: its text output (an unexpected
    /// error's first line marked as a failure), then any note on the error, or the failure of an `expect-error`
    /// cell that ran without one; `nil` when there is nothing to show.
    ///
    /// ```swift
    /// outcome.runBody(style: .plain)   // "tensor([1, 2, 3])"
    /// ```
    public func runBody(style: some ReportStyle) -> String? {
        guard ran else { return nil }
        var lines: [String] = []
        if printed.contains(where: { !$0.isWhitespace }) {
            lines.append(printed.hasSuffix("\n") ? String(printed.dropLast()) : printed)
        }
        if let message = error?.placed(in: cell, file: fileName).description {
            let firstLine = String(message.prefix { $0 != "\n" })
            let shown = isFailure ? style.mark(firstLine, as: .failure) : firstLine
            lines.append(shown + message.dropFirst(firstLine.count))
        }
        if let note = error?.note { lines.append(note) }
        if failure == .missingError { lines.append(style.mark(CellFailure.missingError.summary, as: .failure)) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
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
