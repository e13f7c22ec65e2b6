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

    /// Finds and loads the lessons `paths` name.
    public init(paths: [String]) {
        var inputs: [LessonInput] = []
        var problems: [LessonPathError] = []
        for path in paths {
            do {
                for found in try LessonPaths.files([path]) {
                    do {
                        let input = try LessonInput.load(found.path)
                        if found.isNamed || !input.lesson.cells.isEmpty { inputs.append(input) }
                    } catch {
                        problems.append(error)
                    }
                }
            } catch {
                problems.append(error)
            }
        }
        self.inputs = inputs
        self.problems = problems
    }
}
