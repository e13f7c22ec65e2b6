import LessonDisplay
import LessonLibrary
import LessonScript

/// One lesson's session for the display tests: runs a cell and collects what it showed, as the runner does.
struct DisplayLesson {
    private let lesson = LessonLibrary.makeLesson(seed: 42)

    /// The cell's displays; an error becomes the text `error: message` with no outputs.
    func run(_ source: String) -> CellDisplays {
        let result = lesson.session.run(source, origin: SourceOrigin(file: "test.md", line: 1))
        let displays = lesson.displays.finishCell(text: result.text)
        if let error = result.error { return CellDisplays(text: "error: \(error.message)", outputs: []) }
        return displays
    }
}
