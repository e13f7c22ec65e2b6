import ArgumentParser
import LessonRunner

/// `lesson update`: runs lessons and records their outputs in the files.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run lessons and write each cell's output into the ```output block under it.",
        discussion: """
            Like accepting a snapshot: after `lesson run` shows the outputs you want, `update` records them, so \
            that `lesson check` expects them from then on. It adds a block under a cell that has output, \
            refreshes a block whose output changed (also for `no-check` cells), and removes the block of a cell \
            that has no output. `no-run` cells, and cells with test flags that --flags does not name, keep their \
            blocks. Nothing else in the file changes, byte for byte; the file is replaced atomically, so an \
            interrupted update never leaves half a file; running it twice changes nothing.

            A cell that fails unexpectedly is reported with its file, line and column, and keeps its recorded \
            block, so that an error never replaces a good output (--force records its error message instead). A \
            cell marked `expect-error` records its error message. With --dry-run nothing is written: the changes \
            are printed as a diff.

            A read-only lesson is refused before it runs. A lesson that changed while it ran (an editor saved it) \
            is not written: nothing is lost, and `update` says to run it again.

            Exit status: 0, or 1 when a cell failed (2: bad usage, or a file that cannot be read or written, or \
            that changed while it ran).

            Examples:
              lesson update lessons/00-the-cell-language.md
              lesson update --dry-run lessons
            """)

    @OptionGroup var options: CommonOptions

    @Flag(help: "Print the changes as a diff of each file instead of writing them.")
    var dryRun = false

    @Flag(help: "Also record the error message of a cell that failed unexpectedly (its block is kept otherwise).")
    var force = false

    func run() throws {
        let selection = options.selectLessons()
        let style = options.style
        var tally = selection.tally
        var fileProblems = !selection.problems.isEmpty
        let writable =
            dryRun
            ? selection.inputs
            : selection.inputs.filter { input in
                do {
                    try input.checkWritable()
                    return true
                } catch {
                    Console.error(String(describing: error))
                    fileProblems = true
                    tally.filesNotRun += 1
                    return false
                }
            }
        options.runEach(writable, command: "update", tally: &tally) { run in
            do {
                let update = try LessonUpdate(run, force: force)
                if !update.keptCells.isEmpty { Console.out(Self.keptNote(update, style: style)) }
                if dryRun {
                    let diff = update.diff(style: style)
                    if !diff.isEmpty { Console.out(diff) }
                } else if update.changesFile {
                    try update.write()
                    let count = update.changedBlockCount
                    Console.out("updated \(run.input.path) (\(count) output block\(count == 1 ? "" : "s"))")
                }
            } catch {
                Console.error(String(describing: error))
                fileProblems = true
            }
        }
        Console.out(tally.styledClosingLine(style))
        try ExitStatus(fileProblems: fileProblems, failures: tally.failed > 0).exit()
    }

    /// Which failed cells kept their recorded blocks: `lessons/x.md:12, lessons/x.md:30: kept the recorded
    /// output of 2 failed cells (--force records their errors)`.
    private static func keptNote(_ update: LessonUpdate, style: some ReportStyle) -> String {
        let places = update.keptCells.map { "\(update.run.input.path):\($0.cell.location.line)" }
        let count = places.count
        let cells = count == 1 ? "1 failed cell" : "\(count) failed cells"
        return style.mark(places.joined(separator: ", ") + ":", as: .location)
            + " kept the recorded output of \(cells) (--force records \(count == 1 ? "its error" : "their errors"))"
    }
}
