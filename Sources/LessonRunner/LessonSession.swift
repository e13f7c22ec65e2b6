import Learning
import LessonDocument
import LessonLibrary
import LessonScript

/// One lesson's interpreter session, run a cell at a time: what ``LessonRunner/run(_:progress:onCell:)`` does
/// in one go, for a front end that decides between cells what to run next (`lesson preview` runs from the
/// first cell an edit changed, in a session that has run the cells above it).
///
/// The session starts with the lesson's seed and print options; the cells share its names and state, as in a
/// whole run. The lesson may be replaced between cells by an edited version whose cells above the next one to
/// run are unchanged: the state they built stays valid.
///
/// ```swift
/// let session = LessonSession(runner: LessonRunner(), input: input)
/// let first = session.run(cellAt: 0)
/// session.input = edited              // cell 0 unchanged, cell 1 edited
/// let second = session.run(cellAt: 1)
/// ```
public final class LessonSession {
    /// The lesson whose cells run; see the type's note on replacing it.
    public var input: LessonInput {
        didSet { skipped.file = input.path }
    }
    private let runner: LessonRunner
    private let environment: LessonEnvironment
    private var skipped: SkippedCells

    /// A new session for `input`, with the runner's time limit, data folder and flags; the cells' training and
    /// large loads report to `progress`. With `forkableBetweenCells`, each cell runs on a thread that ends with
    /// it, so that between cells the process can be forked (see ``ScriptSession/Options/cellsShareAThread``).
    public init(
        runner: LessonRunner, input: LessonInput, progress: (any ProgressReporter)? = nil,
        forkableBetweenCells: Bool = false
    ) {
        let settings = input.settings
        var options = ScriptSession.Options()
        options.cellsShareAThread = !forkableBetweenCells
        if let limit = settings.timeout ?? runner.timeout { options.timeLimit = limit }
        self.input = input
        self.runner = runner
        let data = DataLocations(dataDirectory: runner.dataFolder)
        let access = ReadAccess(
            folders: [LessonPaths.folder(of: input.path)] + data.dataFolders + runner.readableFolders,
            createdLater: [data.cache.folder.string])
        self.environment = LessonLibrary.makeLesson(
            seed: settings.seed, printOptions: settings.printOptions, options: options, data: data, access: access,
            progress: progress)
        self.skipped = SkippedCells(file: input.path)
    }

    /// Runs the lesson's cell at `index` (skipping it as the runner's flags and its options say) and returns
    /// its outcome; `onStart` is called as a cell that is not skipped starts.
    public func run(cellAt index: Int, onStart: (Cell) -> Void = { _ in }) -> CellOutcome {
        let cell = input.lesson.cells[index]
        if let skip = runner.skip(for: cell) {
            skipped.add(cell, skip: skip)
            return CellOutcome(
                cell: cell, skip: skip, printed: "", error: nil, duration: .zero, fileName: input.fileName)
        }
        let running = CrashReport.cellStarted("\(input.path):\(cell.location.line)")
        onStart(cell)
        let origin = SourceOrigin(file: input.path, line: cell.block.bodyStart.line)
        let result = environment.session.run(cell.trimmedSource, origin: origin, timeLimit: cell.options.timeout)
        CrashReport.cellEnded(running)
        let displays = environment.displays.finishCell(text: result.text).withNULsReplaced()
        let error = result.error.map { scriptError in
            var error = CellError(scriptError, in: cell, file: input.path)
            error.note = skipped.note(for: scriptError)
            return error
        }
        return CellOutcome(
            cell: cell, printed: displays.text, displays: displays.outputs, error: error, duration: result.duration,
            fileName: input.fileName)
    }
}
