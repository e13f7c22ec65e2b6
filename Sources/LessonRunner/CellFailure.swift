import LessonDocument

/// Why a checked cell failed.
///
/// ```swift
/// switch failure {
/// case .error(let error): print(error)            // lessons/x.md:14:9: error: Index out of range
/// case .missingError: print("expected an error")
/// case .outputDiffers(let difference): print(difference.lines.joined(separator: "\n"))
/// }
/// ```
public enum CellFailure: Sendable, Equatable {
    /// The cell failed and is not marked `expect-error`.
    case error(CellError)
    /// The cell is marked `expect-error` but ran without one.
    case missingError
    /// The cell's output does not match its expected block.
    case outputDiffers(OutputDifference)

    /// A one-line summary, e.g. for a JUnit `message` attribute: `output differs`, the error's message, ...
    public var summary: String {
        switch self {
        case .error(let error): "error: \(error.message)"
        case .missingError: "expected an error (expect-error), but the cell ran without one"
        case .outputDiffers(let difference): difference.headline
        }
    }
}

extension CellFailure {
    /// The failure as `lesson check` prints it, located in `file`: the diff, the error message (then its note,
    /// if any), or a note on the missing error.
    ///
    /// ```swift
    /// failure.report(file: "lessons/x.md", cell: cell, style: .plain)
    /// // lessons/x.md:14:9: error: Index out of range
    /// ```
    public func report(file: String, cell: Cell, style: some ReportStyle) -> String {
        switch self {
        case .error(let error):
            let text = error.description
            let firstLine = text.prefix { $0 != "\n" }
            let note = error.note.map { "\n" + $0 } ?? ""
            return style.mark(String(firstLine), as: .failure) + text.dropFirst(firstLine.count) + note
        case .missingError:
            return style.mark("\(file):\(cell.location.line):", as: .location) + " " + style.mark(summary, as: .failure)
        case .outputDiffers(let difference):
            return difference.report(file: file, style: style)
        }
    }
}
