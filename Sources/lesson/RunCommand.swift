import ArgumentParser
import LessonRunner

/// `lesson run`: runs lessons and streams each cell's output.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run lessons cell by cell, printing each cell's location and output as it goes.",
        discussion: """
            Each lesson runs top to bottom in its own session, as one program: a name a cell defines is visible \
            in the cells below it. For every cell, `run` prints its location (lessons/x.md:12) as it starts, then \
            what the cell printed and the value of its last expression, exactly as `lesson update` would record \
            them. \
            A cell that fails shows its error with the file, line and column; the next cell still runs. Cells \
            marked `no-run` are skipped, and so are cells with test flags that --flags does not name. Nothing is \
            compared and no file is changed. While a cell trains or loads a large data set, a progress bar shows \
            on stderr when stderr is a terminal (never in a file or a pipe). The closing line counts the cells: \
            `N ran, N failed` (`, N skipped` when cells were skipped).

            Exit status: 0, or 1 when a cell failed unexpectedly (2: bad usage or an unreadable file).

            Example:
              lesson run lessons/00-the-cell-language.md
            """)

    @OptionGroup var options: CommonOptions

    func run() throws {
        let selection = options.selectLessons()
        let style = options.style
        let runner = options.runner
        let progress = Console.progressBar()
        var tally = selection.tally
        for input in selection.inputs {
            // The location goes out as the cell starts, so a log shows which cell is running; its output follows.
            _ = runner.run(input, progress: progress) { cell in
                Console.out(CellOutcome.runHeader(for: cell, file: input.path, style: style))
            } onCell: { outcome in
                tally.count(outcome)
                if !outcome.ran {
                    Console.out(outcome.runReport(file: input.path, style: style))
                } else if let body = outcome.runBody(style: style) {
                    Console.out(body)
                }
                options.annotate([outcome.annotation(file: input.path, command: "run")].compactMap { $0 })
            }
        }
        Console.out(tally.styledRunClosingLine(style))
        try ExitStatus(fileProblems: !selection.problems.isEmpty, failures: tally.failed > 0).exit()
    }
}
