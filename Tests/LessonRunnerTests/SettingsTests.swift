import LessonDocument
import Testing

@testable import LessonRunner

@Suite struct SettingsTests {
    private func settings(_ frontMatter: String) -> LessonSettings {
        LessonSettings(Lesson(text: "---\n\(frontMatter)\n---\n").frontMatter)
    }

    @Test func defaults() {
        let defaults = LessonSettings(nil)
        #expect(defaults.seed == 0)
        #expect(defaults.printOptions == .init())
        #expect(defaults.timeout == nil)
        #expect(defaults.tolerance == 0)
    }

    @Test func readsEveryKnownKey() {
        let read = settings(
            "seed: 42\ntimeout: 60\ntolerance: 1e-3\nprint: {precision: 2, threshold: 50, edgeitems: 2, linewidth: 120, "
                + "sci_mode: false}")
        #expect(read.seed == 42)
        #expect(read.timeout == 60)
        #expect(read.tolerance == 1e-3)
        #expect(read.printOptions.precision == 2)
        #expect(read.printOptions.threshold == 50)
        #expect(read.printOptions.edgeItems == 2)
        #expect(read.printOptions.lineWidth == 120)
        #expect(read.printOptions.scientificMode == false)
        #expect(read.problems.isEmpty)
        #expect(settings("print:\n  sciMode: true").printOptions.scientificMode == true)
    }

    @Test func badPrintOptionsAreLocatedErrors() {
        let read = settings("print: {precision: -1, linewidth: wide, sci_mode: maybe}")
        #expect(
            read.problems.map(\.description) == [
                "2:20: error: front matter: print option `precision` must be an integer ≥ 0",
                "2:35: error: front matter: print option `linewidth` must be an integer > 0",
                "2:51: error: front matter: print option `sci_mode` must be true, false or null",
            ])
    }
}
