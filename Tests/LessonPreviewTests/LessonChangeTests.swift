import LessonDocument
import LessonRunner
import Testing

@testable import LessonPreview

/// Where an edit makes the preview run again: the first cell whose source or options changed, the first cell
/// when the run settings changed, and nowhere when only prose, output blocks or the title changed.
@Suite struct LessonChangeTests {
    static let cells = ["let a = 1", "let b = a + 1", "print(b)"]

    /// A lesson of `cells`, each under a paragraph, after `frontMatter` when given.
    static func lesson(
        _ cells: [String] = cells, prose: String = "Some notes.", frontMatter: String? = nil
    )
        throws -> LessonInput
    {
        var text = frontMatter.map { "---\n\($0)\n---\n" } ?? ""
        for source in cells { text += "\(prose)\n\n```swift\n\(source)\n```\n\n" }
        return try LessonInput(path: "x.md", lesson: Lesson(text: text))
    }

    @Test func nothingHasRunYetSoEveryCellRuns() throws {
        #expect(LessonChange(from: nil, to: try Self.lesson()) == .cells(from: 0))
    }

    @Test func theSameBytesAreNoChange() throws {
        #expect(LessonChange(from: try Self.lesson(), to: try Self.lesson()) == .none)
    }

    @Test(arguments: [0, 1, 2])
    func anEditedCellRunsFromItself(index: Int) throws {
        var edited = Self.cells
        edited[index] += " // edited"
        #expect(LessonChange(from: try Self.lesson(), to: try Self.lesson(edited)) == .cells(from: index))
    }

    @Test func theFirstOfSeveralEditedCellsCounts() throws {
        let edited = ["let a = 1", "let b = a + 2", "print(b, b)"]
        #expect(LessonChange(from: try Self.lesson(), to: try Self.lesson(edited)) == .cells(from: 1))
    }

    @Test func proseOutputBlocksAndTheTitleOnlyChangeThePage() throws {
        let old = try Self.lesson(frontMatter: "title: One")
        #expect(LessonChange(from: old, to: try Self.lesson(prose: "Other notes.", frontMatter: "title: One")) == .page)
        #expect(LessonChange(from: old, to: try Self.lesson(frontMatter: "title: Two")) == .page)
        let withOutput = try LessonInput(
            path: "x.md", lesson: Lesson(text: old.lesson.text + "```output\nstale\n```\n"))
        #expect(LessonChange(from: old, to: withOutput) == .page)
    }

    @Test func changedOptionsRunFromTheirCell() throws {
        let old = try Self.lesson()
        let text = old.lesson.text.replacingOccurrences(of: "```swift\nprint(b)", with: "```swift no-check\nprint(b)")
        #expect(
            LessonChange(from: old, to: try LessonInput(path: "x.md", lesson: Lesson(text: text))) == .cells(from: 2))
    }

    @Test func runSettingsRunEverything() throws {
        let old = try Self.lesson(frontMatter: "seed: 1")
        #expect(LessonChange(from: old, to: try Self.lesson(frontMatter: "seed: 2")) == .cells(from: 0))
        #expect(LessonChange(from: old, to: try Self.lesson(frontMatter: "seed: 1\ntimeout: 9")) == .cells(from: 0))
        let printing = try Self.lesson(frontMatter: "seed: 1\nprint: {precision: 2}")
        #expect(LessonChange(from: old, to: printing) == .cells(from: 0))
        #expect(LessonChange(from: old, to: try Self.lesson(frontMatter: "seed: 1\ntolerance: 0.1")) == .page)
    }

    @Test func addedAndDeletedCellsRunFromWhereTheListsPart() throws {
        let old = try Self.lesson()
        #expect(LessonChange(from: old, to: try Self.lesson(Self.cells + ["b * 2"])) == .cells(from: 3))
        #expect(LessonChange(from: old, to: try Self.lesson(Array(Self.cells.prefix(2)))) == .cells(from: 2))
        let inserted = [Self.cells[0], "let c = 0"] + Self.cells.dropFirst()
        #expect(LessonChange(from: old, to: try Self.lesson(inserted)) == .cells(from: 1))
    }
}
