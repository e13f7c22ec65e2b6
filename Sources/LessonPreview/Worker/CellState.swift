/// Where a cell stands in the preview, shown as a badge on its section of the page.
public enum CellState: String, Codable, Sendable {
    /// It will run (again): the page shows the output block the file has for it, if any.
    case queued
    /// It is running now.
    case running
    /// It ran, as expected.
    case done
    /// It ran and failed (an error, or no error in an `expect-error` cell).
    case failed
    /// It does not run (`no-run`, or test flags not given).
    case skipped
}
