import LessonLibrary
import LessonScript
import Tensors

/// Runs cells in one session with the lesson library bound, as a lesson would, and returns each cell's text.
final class CellRunner {
    private let session = LessonLibrary.makeLesson().session
    private var line = 1

    /// The cell's printed text followed by its value's display, or its error message.
    func run(_ source: String) -> String {
        let result = session.run(source, origin: SourceOrigin(file: "test.md", line: line))
        line += source.split(separator: "\n", omittingEmptySubsequences: false).count + 3
        if let error = result.error { return "error: \(error.message)" }
        return result.printed + (result.valueText ?? "")
    }
}
