import LessonScript
import Testing

/// `ScriptSession.typeCheck`: a cell checked as before running it, without running it, the way the type-checking
/// benchmark times the checker.
struct TypeCheckOnlyTests {
    private let origin = SourceOrigin(file: "lesson.md")

    @Test func typeErrorsAreSwiftcs() {
        let session = ScriptSession()
        let outcome = session.typeCheck("let y: Int = \"s\"", origin: origin)
        #expect(outcome.error?.message == "cannot convert value of type 'String' to specified type 'Int'")
        #expect(outcome.error?.position?.column == 14)
    }

    @Test func declaredTypesCarryToLaterCells() {
        let session = ScriptSession()
        #expect(session.typeCheck("var steps = 3", origin: origin).error == nil)
        let later = session.typeCheck("steps = 2.5", origin: origin)
        #expect(later.error?.message == "cannot assign value of type 'Double' to type 'Int'")
    }

    @Test func nothingRuns() {
        let session = ScriptSession()
        let outcome = session.typeCheck("var total = 0\nfor i in 1...3 { total += i }", origin: origin)
        #expect(outcome.error == nil)
        #expect(outcome.duration > .zero)
        // The checked cell declared `total` for the checker only: no value exists to run with.
        #expect(session.run("print(total)", origin: origin).printed == "")
    }

    @Test func syntaxErrorsComeFirst() {
        let outcome = ScriptSession().typeCheck("let = 3", origin: origin)
        #expect(outcome.error?.kind == .syntax)
        #expect(outcome.duration == .zero)
    }
}
