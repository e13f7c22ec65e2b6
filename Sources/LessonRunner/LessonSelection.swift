/// The lessons that PATH arguments name, loaded, and the paths that could not be used.
///
/// A file named directly is always a lesson; a file found in a folder is one only when it holds at least one
/// `swift` cell (notes without code are left alone).
///
/// ```swift
/// let selection = LessonSelection(paths: ["lessons", "extra/notes.md"])
/// for problem in selection.problems { print(problem) }   // on stderr; the command exits with status 2
/// for input in selection.inputs { ... }
/// ```
public struct LessonSelection: Sendable {
    /// The usable lessons, in argument order (each folder's files sorted).
    public let inputs: [LessonInput]
    /// Missing paths, unreadable or invalid files, in argument order.
    public let problems: [LessonPathError]

    /// Finds and loads the lessons `paths` name; with a `shard`, only the files in it (a path that does not exist,
    /// or a folder that cannot be listed, is a problem in every shard).
    ///
    /// ```swift
    /// let mine = LessonSelection(paths: ["lessons"], shard: try Shard(parsing: "2/4"))
    /// ```
    public init(paths: [String], shard: Shard? = nil) {
        var inputs: [LessonInput] = []
        var problems: [LessonPathError] = []
        for entry in LessonPaths.files(paths) {
            do {
                let found = try entry.get()
                guard shard?.contains(found.path) ?? true else { continue }
                let input = try LessonInput.load(found.path)
                if found.isNamed || !input.lesson.cells.isEmpty { inputs.append(input) }
            } catch {
                problems.append(error)
            }
        }
        self.inputs = inputs
        self.problems = problems
    }

    /// A tally with no cells yet that counts the paths that could not be used, for the closing line.
    ///
    /// ```swift
    /// var tally = selection.tally
    /// tally += check.tally
    /// ```
    public var tally: Tally {
        Tally(passed: 0, failed: 0, filesNotRun: problems.count)
    }
}
