import ArgumentParser
import LessonRunner

/// `lesson check`: runs lessons and compares every cell's output with its expected block.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run lessons and compare each cell's output with the ```output block under it.",
        discussion: """
            This is the command for CI. Every cell runs, and its output (what it printed, then the value of its \
            last expression) must match the ```output block under it. Spaces at line ends and blank lines at the \
            end do not matter. A decimal number matches when it agrees to the precision written in the block, \
            within one unit of its last digit as pytest's NUMBER option does (0.1114 matches 0.11138); the \
            lesson's `tolerance:` or the cell's `tolerance=` adds a relative tolerance. A number written without \
            decimals (3., 1e-05) must be equal; integers and all other text must match exactly. A cell with \
            output needs a block, and a block needs a cell with output. A cell marked `expect-error` must fail, \
            and its block holds the error message. `no-check` cells run but are not compared; `no-run` cells are \
            skipped.

            Each mismatch is printed as a diff of that cell (-expected, +actual) at the file line of its block, \
            each unexpected error with its file, line and column; then one closing line, `N passed, N failed` \
            (`, N skipped` when cells were skipped). When an output changed on purpose, `lesson update` records \
            the new one.

            In CI, --shard K/N checks the K-th of N shares of the lessons, so that N jobs together check them \
            all (a lesson's share follows from its path alone, so it stays put when lessons are added); \
            --junit writes each job's report; --format github also writes every failure as an annotation that \
            shows on the lesson's line in a pull request. Cells with test flags (```swift slow, with `flags: \
            [slow]` in the front matter) are skipped unless --flags names them.

            Exit status: 0 when everything matches, 1 when a cell failed or differs (2: bad usage or a file that \
            cannot be read, or a report that cannot be written).

            Examples:
              lesson check lessons
              lesson check --jobs 4 --junit report.xml lessons
              lesson check --shard 2/4 --junit report-2.xml --format github lessons
              lesson check --flags slow lessons
            """)

    @OptionGroup var options: CommonOptions

    @Option(
        help: ArgumentHelp(
            "Run up to N lessons at the same time, each in its own session. The output is the same as with one.",
            valueName: "n"))
    var jobs = 1

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file, for CI systems.", valueName: "file"))
    var junit: String?

    @Option(
        name: .customLong("shard"),
        help: ArgumentHelp(
            "Check only the K-th of N shares of the lessons (1 ≤ K ≤ N), for N CI jobs that together check all. "
                + "A lesson's share follows from its path alone.",
            valueName: "k/n"))
    var shardText: String?

    /// The share of `--shard`, if given (``validate()`` has checked it).
    private var shard: Shard? { shardText.flatMap { try? Shard(parsing: $0) } }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs: give at least 1.") }
        if let shardText {
            do {
                _ = try Shard(parsing: shardText)
            } catch {
                throw ValidationError("--shard: \(error).")
            }
        }
    }

    func run() throws {
        let selection = options.selectLessons(shard: shard)
        let style = options.style
        let runner = options.runner
        let inputs = selection.inputs
        var tally = selection.tally
        var checks: [LessonCheck] = []
        OrderedWork.run(count: inputs.count, jobs: jobs) { index in
            LessonCheck(runner.run(inputs[index]))
        } deliver: { _, check in
            let report = check.report(style: style)
            if !report.isEmpty { Console.out(report) }
            options.annotate(check.annotations)
            tally += check.tally
            checks.append(check)
        }
        Console.out(tally.styledClosingLine(style))
        var fileProblems = !selection.problems.isEmpty
        if let junit {
            do {
                try JUnitReport.write(checks, problems: selection.problems, to: junit)
            } catch {
                Console.error(error.description)
                fileProblems = true
            }
        }
        try ExitStatus(fileProblems: fileProblems, failures: tally.failed > 0).exit()
    }
}
