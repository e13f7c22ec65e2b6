import LessonDocument
import LessonRunner

/// What an edit of a lesson asks of the preview: nothing, a new page only, or running again from a cell.
///
/// A cell's run depends on its own source and options and on the state the cells above it left; the lesson's
/// settings (seed, print options, time limit) shape every cell. So the first cell whose source or options
/// differ, or the first cell at all when the settings differ, is where running must start again; the cells
/// above it keep their results and the state they built. An edit that leaves every cell and setting as it was
/// (prose, output blocks, the title) only changes the page.
///
/// ```swift
/// let old = try LessonInput(path: "x.md", lesson: Lesson(text: "```swift\nlet a = 1\n```\n\n```swift\na\n```\n"))
/// let new = try LessonInput(path: "x.md", lesson: Lesson(text: "```swift\nlet a = 1\n```\n\n```swift\na + 1\n```\n"))
/// LessonChange(from: old, to: new)    // .cells(from: 1)
/// LessonChange(from: nil, to: new)    // .cells(from: 0)
/// ```
public enum LessonChange: Sendable, Equatable {
    /// The file's bytes are the same.
    case none
    /// The cells and settings are the same: the page changes, nothing runs.
    case page
    /// Cells from this index on must run again (an index equal to the number of cells: none, but the page
    /// changes, as when the last cell is deleted).
    case cells(from: Int)

    /// The change from `old` (`nil`: nothing has run yet) to `new`.
    public init(from old: LessonInput?, to new: LessonInput) {
        guard let old else {
            self = .cells(from: 0)
            return
        }
        if old.lesson.bytes == new.lesson.bytes {
            self = .none
        } else if !Self.runsAlike(old.settings, new.settings) {
            self = .cells(from: 0)
        } else if let index = Self.firstChangedCell(old.lesson.cells, new.lesson.cells) {
            self = .cells(from: index)
        } else {
            self = .page
        }
    }

    /// The index of the first cell whose source or options differ, or where one list of cells ends before
    /// the other; `nil` when the cells are alike.
    static func firstChangedCell(_ old: [Cell], _ new: [Cell]) -> Int? {
        for (index, (before, after)) in zip(old, new).enumerated()
        where before.source != after.source || before.options != after.options {
            return index
        }
        return old.count == new.count ? nil : min(old.count, new.count)
    }

    /// Whether two settings give the same run: the seed, the print options and the time limit (the tolerance
    /// only matters to `check`).
    static func runsAlike(_ old: LessonSettings, _ new: LessonSettings) -> Bool {
        old.seed == new.seed && old.printOptions == new.printOptions && old.timeout == new.timeout
    }
}
