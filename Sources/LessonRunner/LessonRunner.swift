import Learning
import LessonDocument
import LessonLibrary
import LessonScript

/// Runs lessons: one interpreter session per lesson, with the tensor library bound and the lesson's own tensor
/// context (seed and print options from its front matter), cells top to bottom.
///
/// A cell's time limit is, from the most specific: its `timeout=` option, the lesson's `timeout:`, the runner's
/// ``timeout`` (the CLI's `--timeout`), then the interpreter's default of 300 s. `no-run` cells are skipped, and
/// so are cells with a test flag (``CellOptions/flags``) that is not among the runner's ``flags``: a skipped cell
/// defines nothing, so a later cell that uses one of its names fails, with a note naming the skipped cell.
/// A cell's error ends that cell only; the next one runs. The cells' `untarData` looks for data sets in the
/// runner's ``dataFolder``, then in the project's sample; each lesson gets it from its runner, never from the
/// process's environment, so runners with different folders may run lessons side by side. Cells read files and
/// list folders only below the lesson's own folder, the data folders and the runner's ``readableFolders``.
///
/// ```swift
/// let runner = LessonRunner(timeout: 60, dataFolder: "/datasets")
/// let run = runner.run(try LessonInput.load("lessons/x.md")) { outcome in
///     print("lessons/x.md:\(outcome.cell.location.line)")   // as each cell finishes
/// }
/// ```
public struct LessonRunner: Sendable {
    /// The time limit per cell, in seconds, for lessons and cells that set none.
    public var timeout: Double?
    /// The folder that holds data sets (`DIR/mnist_sample`), searched before the project's sample; `nil`: only
    /// the sample. The CLI passes `--data`, or else `$LESSON_DATA`.
    public var dataFolder: String?
    /// The test flags given (`--flags slow`): a cell with flags runs only when all of them are here.
    public var flags: Set<String>
    /// Folders the cells may read below besides the lesson's own folder and the data folders (`--allow-read`).
    public var readableFolders: [String]

    /// The environment variable that names the data folder when none is given: `LESSON_DATA`.
    ///
    /// ```swift
    /// LessonRunner(dataFolder: ProcessInfo.processInfo.environment[LessonRunner.dataFolderVariable])
    /// ```
    public static let dataFolderVariable = DataLocations.environmentVariable

    /// A runner; `timeout` is the default time limit per cell, `dataFolder` where cells find data sets, `flags`
    /// the test flags whose cells run, `readableFolders` where cells may read besides the lesson's folder and the
    /// data folders.
    ///
    /// ```swift
    /// LessonRunner(timeout: 30, dataFolder: "/datasets", flags: ["slow"], readableFolders: ["/pictures"])
    /// ```
    public init(
        timeout: Double? = nil, dataFolder: String? = nil, flags: Set<String> = [], readableFolders: [String] = []
    ) {
        self.timeout = timeout
        self.dataFolder = dataFolder
        self.flags = flags
        self.readableFolders = readableFolders
    }

    /// Runs every cell of a lesson in a new session, calling `onStart` as each cell that runs starts and
    /// `onCell` as each cell finishes (or is skipped); the cells' training and large loads report how far they
    /// have got to `progress` (`lesson run` draws it as a bar on a terminal).
    ///
    /// ```swift
    /// let run = runner.run(input, progress: reporter) { outcome in print(outcome.cell.location.line) }
    /// ```
    public func run(
        _ input: LessonInput, progress: (any ProgressReporter)? = nil, onStart: (Cell) -> Void = { _ in },
        onCell: (CellOutcome) -> Void = { _ in }
    ) -> LessonRun {
        let session = LessonSession(runner: self, input: input, progress: progress)
        let outcomes = input.lesson.cells.indices.map { index in
            let outcome = session.run(cellAt: index, onStart: onStart)
            onCell(outcome)
            return outcome
        }
        return LessonRun(input: input, cells: outcomes)
    }

    /// Whether `word` can name a test flag, for checking the flags a user gives (see ``CellOptions/isFlagWord(_:)``).
    ///
    /// ```swift
    /// LessonRunner.isFlagWord("slow")     // true
    /// LessonRunner.isFlagWord("no-run")   // false
    /// ```
    public static func isFlagWord(_ word: String) -> Bool {
        CellOptions.isFlagWord(word)
    }

    /// Why `cell` does not run with these flags, if it does not.
    func skip(for cell: Cell) -> CellSkip? {
        if cell.options.noRun { return .noRun }
        let missing = cell.options.flags.filter { !flags.contains($0) }
        return missing.isEmpty ? nil : .flags(missing)
    }
}

extension Cell {
    /// The source without its final line break, which would otherwise show as an empty numbered line under a
    /// syntax error's annotated source.
    var trimmedSource: String {
        source.hasSuffix("\n") ? String(source.dropLast()) : source
    }
}
