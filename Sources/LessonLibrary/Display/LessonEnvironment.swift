import Learning
import LessonDisplay
import LessonScript
import Tensors

/// One lesson's interpreter session and the log of the rich outputs its cells show.
///
/// ```swift
/// let lesson = LessonLibrary.makeLesson(seed: 42)
/// let result = lesson.session.run("showImage(rand([28, 28]))", origin: origin)
/// let displays = lesson.displays.finishCell(text: result.text)
/// displays.text      // "[image 28x28 #......]\n"
/// displays.outputs   // [PlacedOutput(.image(...), range: 0..<21)]
/// ```
public struct LessonEnvironment {
    /// The interpreter session, with the library bound and the lesson's tensor context.
    public let session: ScriptSession
    /// The rich outputs of the running cell; collect them with ``DisplayLog/finishCell(text:)`` after each cell.
    public let displays: DisplayLog
}

extension LessonLibrary {
    /// A session for one lesson: the library bound, one tensor context (generator seeded with `seed`, print
    /// options, grad mode) shared by all its cells and by no other lesson, and the log that its display calls
    /// (`showImage`, `showTable`, `plot`...) record into. Its `untarData` looks for data sets in `data`, so
    /// lessons in one process may each have their own; its cells' training and large loads report to `progress`
    /// (`lesson run` draws it as a bar on a terminal). The lesson's tensors have a memory budget of their own, so a
    /// lesson's allocations fail or succeed alike whatever runs beside it; its limit, and that of each value
    /// outside tensors, is the memory limit of `options`, or else that of ``MemoryBudget/shared``. Long tensor
    /// operations stop at the cell's time limit.
    ///
    /// ```swift
    /// let lesson = LessonLibrary.makeLesson(seed: settings.seed, printOptions: settings.printOptions)
    /// let other = LessonLibrary.makeLesson(data: DataLocations(dataDirectory: "/datasets"))
    /// ```
    public static func makeLesson(
        seed: Int = 0, printOptions: PrintOptions = PrintOptions(),
        options: ScriptSession.Options = ScriptSession.Options(), data: DataLocations = .standard,
        access: ReadAccess = .unrestricted, progress: (any ProgressReporter)? = nil
    ) -> LessonEnvironment {
        var options = options
        let memoryLimit = options.memoryLimit ?? MemoryBudget.shared.limit
        options.memoryLimit = memoryLimit
        let context = TensorContext()
        context.memoryBudget = MemoryBudget(limit: memoryLimit, sharing: .machine)
        context.generator = Generator(seed: UInt64(bitPattern: Int64(seed)))
        context.printOptions = printOptions
        let displays = DisplayLog()
        let session = ScriptSession(
            bindings: bindings(data: data, access: access, progress: progress), options: options
        ) {
            TensorContext.current = context
            DisplayLog.current = displays
        }
        context.interruptionCheck = { [weak session] in try session?.checkTimeLimit() }
        return LessonEnvironment(session: session, displays: displays)
    }
}
