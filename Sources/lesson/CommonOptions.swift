import ArgumentParser
import Foundation
import LessonRunner

/// The PATH arguments and the options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Lesson files, or folders: every *.md file below a folder that holds a ```swift cell, in sorted order.",
            valueName: "path"))
    var paths: [String]

    @Option(
        help: ArgumentHelp(
            "The folder where data sets are found. Cells' libraries read it from the LESSON_DATA environment "
                + "variable, which this option sets (or set LESSON_DATA yourself).",
            valueName: "dir"))
    var data: String?

    @Option(
        help: ArgumentHelp(
            "The time limit per cell, for lessons and cells that set none (front matter `timeout:`, cell option "
                + "`timeout=`). Default: 300.",
            valueName: "seconds"))
    var timeout: Double?

    @Option(
        help: ArgumentHelp(
            "The most memory all tensors may hold together, e.g. 2G, 512M or a number of bytes; a larger "
                + "allocation is an error in that cell. Default: three quarters of the physical memory.",
            valueName: "size"),
        transform: { text in
            guard let bytes = ByteSize.parse(text) else {
                throw ValidationError("not a size such as 2G, 512M or 1048576 (bytes)")
            }
            return bytes
        })
    var memoryLimit: Int?

    @Flag(help: "Never color the output (colors are only used when stdout is a terminal; NO_COLOR works too).")
    var noColor = false

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout: a time limit is a positive number of seconds.")
        }
        if let data {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--data: \(data): no such folder")
            }
        }
    }

    /// How results are styled: colored only on a terminal, without `--no-color` and without `NO_COLOR` set.
    var style: TextStyle {
        TextStyle(
            colored: Console.stdoutIsTerminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    /// The runner for these options.
    var runner: LessonRunner { LessonRunner(timeout: timeout) }

    /// Sets the process-wide options, then loads the lessons; file problems and warnings go to stderr.
    func selectLessons() -> LessonSelection {
        if let data { ProcessSettings.dataFolder = data }
        if let memoryLimit { ProcessSettings.memoryLimit = memoryLimit }
        let selection = LessonSelection(paths: paths)
        for problem in selection.problems { Console.error(problem.description) }
        for warning in selection.inputs.flatMap(\.warnings) { Console.error(warning) }
        return selection
    }

    /// Runs each lesson in turn, counting its cells in `tally` and printing every failing cell, then hands the
    /// run to `body` (what `update` and `render` do with it) before the next lesson starts.
    func runEach(_ inputs: [LessonInput], tally: inout Tally, _ body: (LessonRun) throws -> Void) rethrows {
        let style = self.style
        let runner = self.runner
        for input in inputs {
            let run = runner.run(input)
            run.cells.forEach { tally.count($0) }
            for report in run.cells.compactMap({ $0.failureReport(file: input.path, style: style) }) {
                Console.out(report)
            }
            try body(run)
        }
    }
}
