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
            "The folder where data sets are found (it holds mnist_sample/ and the like). Default: the "
                + "LESSON_DATA environment variable, then the sample in the project's data/ folder.",
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

    @Option(
        name: .customLong("flags"), parsing: .singleValue,
        help: ArgumentHelp(
            "Also run the cells with these test flags (a flag is a word the lesson's front matter declares, "
                + "`flags: [slow]`, written after `swift`; such cells are skipped otherwise). Comma-separated or "
                + "repeated.",
            valueName: "flag,..."))
    var flagLists: [String] = []

    @Option(
        help: ArgumentHelp(
            "How failures are written: plain (the default), or github to also write each one as a GitHub Actions "
                + "annotation, so that it shows on the lesson's line in a pull request.",
            valueName: "format"))
    var format: OutputFormat = .plain

    @Flag(help: "Never color the output (colors are only used when stdout is a terminal; NO_COLOR works too).")
    var noColor = false

    @Option(
        name: .customLong("allow-read"),
        help: ArgumentHelp(
            "Also let cells read files and list folders below this folder (by default only below the lesson's "
                + "folder and the data folders). Repeat for more.",
            valueName: "dir"))
    var readableFolders: [String] = []

    /// The test flags given with `--flags`, each list split at its commas.
    var flags: Set<String> {
        Set(flagLists.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout: a time limit is a positive number of seconds.")
        }
        if let flag = flags.sorted().first(where: { !LessonRunner.isFlagWord($0) }) {
            throw ValidationError(
                "--flags: `\(flag)` is not a flag word (a letter, then letters, digits, - and _; not a cell option).")
        }
        let folders = (data.map { [("--data", $0)] } ?? []) + readableFolders.map { ("--allow-read", $0) }
        for (option, folder) in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option): \(folder): no such folder")
            }
        }
    }

    /// How results are styled: colored only on a terminal, without `--no-color` and without `NO_COLOR` set.
    var style: TerminalStyle {
        TerminalStyle(
            colored: Console.stdoutIsTerminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    /// The runner for these options: `--data`, or else `$LESSON_DATA`, is the lessons' data folder.
    var runner: LessonRunner {
        let environment = ProcessInfo.processInfo.environment
        return LessonRunner(
            timeout: timeout, dataFolder: data ?? environment[LessonRunner.dataFolderVariable], flags: flags,
            readableFolders: readableFolders)
    }

    /// Sets the process-wide memory limit, then loads the lessons (only `shard`'s, if given); file problems and
    /// warnings go to stderr.
    func selectLessons(shard: Shard? = nil) -> LessonSelection {
        if let memoryLimit { ProcessSettings.memoryLimit = memoryLimit }
        let selection = LessonSelection(paths: paths, shard: shard)
        for problem in selection.problems { Console.error(problem.description) }
        for warning in selection.inputs.flatMap(\.warnings) { Console.error(warning) }
        return selection
    }

    /// Runs each lesson in turn, counting its cells in `tally` and printing every failing cell (as `command`'s
    /// failures) as soon as it fails, then hands the run to `body` (what `update` and `render` do with it) before
    /// the next lesson starts.
    func runEach(
        _ inputs: [LessonInput], command: String, tally: inout Tally, _ body: (LessonRun) throws -> Void
    ) rethrows {
        let style = self.style
        let runner = self.runner
        for input in inputs {
            let run = runner.run(input) { outcome in
                guard let report = outcome.failureReport(file: input.path, style: style) else { return }
                Console.out(report)
                annotate([outcome.annotation(file: input.path, command: command)].compactMap { $0 })
            }
            run.cells.forEach { tally.count($0) }
            try body(run)
        }
    }

    /// With `--format github`, writes each annotation's workflow command on stdout (after the plain report).
    func annotate(_ annotations: [GitHubAnnotation]) {
        guard format == .github else { return }
        for annotation in annotations { Console.out(annotation.command) }
    }
}

/// How `--format` writes failures.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Text for people: located diffs and errors.
    case plain
    /// The plain text, and each failure also as a GitHub Actions annotation (`::error file=...`).
    case github
}
