import LessonDocument

/// A cell's output that does not match its expected block, as a located unified-style diff of that one cell:
/// `-` lines are expected, `+` lines are actual, and the `@@` headers number lines as they are in the lesson file.
///
/// ```swift
/// print(difference.report(file: "lessons/x.md", style: .plain))
/// // lessons/x.md:42: output differs
/// // @@ -43,1 +43,1 @@
/// // -tensor(0.1114)
/// // +tensor(0.2000)
/// ```
public struct OutputDifference: Sendable, Equatable {
    /// The file line the difference is reported at: the output block's opening fence, or the cell's when the
    /// cell has no output block.
    public let line: Int
    /// `output differs`, with a note when the block or the output is missing altogether.
    public let headline: String
    /// The diff lines: `@@` hunk headers, ` ` context, `-expected`, `+actual`.
    public let lines: [String]

    /// The difference between a cell's expected block and its actual output, under `matcher`'s rules; `nil`
    /// when they match.
    init?(cell: Cell, actual: String?, matcher: OutputMatcher) {
        guard !matcher.matches(expected: cell.expectedOutput, actual: actual) else { return nil }
        let expectedText = cell.expectedOutput ?? ""
        let actualText = actual ?? ""
        let compared = matcher.comparableLines(expected: expectedText, actual: actualText)
        let shownActual = OutputMatcher.lines(Array(actualText.utf8))
        let diff = LineDiff(old: compared.expected, new: shownActual) { compared.expected[$0] == compared.actual[$1] }
        let firstLine: Int
        if let block = cell.output {
            line = block.startLine
            firstLine = block.bodyStart.line
            headline = actual == nil ? "output differs (the cell has no output)" : "output differs"
        } else {
            line = cell.location.line
            firstLine = cell.block.endLine + 1
            headline = "output differs (the cell has no output block)"
        }
        lines = diff.lines(oldStart: firstLine, newStart: firstLine)
    }

    /// `file:line: headline`, then the diff lines.
    public func report(file: String, style: some ReportStyle) -> String {
        ([style.mark("\(file):\(line):", as: .location) + " " + headline] + lines.map(style.diffLine)).joined(
            separator: "\n")
    }
}
