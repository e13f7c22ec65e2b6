import LessonScript
import Testing

/// Code that Swift rejects is an error here too, and code Swift runs gives Swift's result, never a silently
/// different one.
struct SwiftAgreementTests {
    @Test(arguments: [
        ("(1...Int.max).count", "9223372036854775807"),
        ("(0..<Int.max).count", "9223372036854775807"),
        ("(1...Int.max).last", "9223372036854775807"),
        ("(Int.min..<(-1)).count", "9223372036854775807"),
        ("(1...3).first", "1"),
        ("(5..<5).isEmpty", "true"),
        ("(5..<5).first", "nil"),
        ("(1...Int.max).isEmpty", "false"),
        ("Array(Int.max - 2...Int.max)", "[9223372036854775805, 9223372036854775806, 9223372036854775807]"),
    ])
    func rangesAsLargeAsIntAllowCount(_ source: String, _ expected: String) {
        #expect(output(source) == expected)
    }

    @Test(arguments: [
        ("(Int.min...Int.max).count", "9223372036854775807 - -9223372036854775808"),
        ("(Int.min..<0).count", "0 - -9223372036854775808"),
        ("(0...Int.max).count", "9223372036854775807 + 1"),
    ])
    func aRangeHoldingMoreThanIntMaxNumbersIsAnError(_ source: String, _ operation: String) {
        #expect(output(source) == "error: arithmetic operation '\(operation)' (on type 'Int') results in an overflow")
    }

    @Test(arguments: [
        ("Int(bogusLabel: \"5\")", "no exact matches in call to initializer of 'Int' with labels 'bogusLabel:'"),
        (
            "String(contentsOfFile: \"/etc/passwd\")",
            "no exact matches in call to initializer of 'String' with labels 'contentsOfFile:'"
        ),
        ("Double(exactly: 3)", "no exact matches in call to initializer of 'Double' with labels 'exactly:'"),
        ("Array(bogus: [1])", "no exact matches in call to initializer of 'Array' with labels 'bogus:'"),
        (
            "String(repeating: \"a\", bogus: 3)",
            "no exact matches in call to initializer of 'String' with labels 'repeating:bogus:'"
        ),
        ("Set(bogus: [1])", "no exact matches in call to initializer of 'Set' with labels 'bogus:'"),
        ("[Int](bogus: 1)", "no exact matches in call to initializer of 'Array' with labels 'bogus:'"),
    ])
    func initializersRejectLabelsTheyDoNotTake(_ source: String, _ message: String) {
        let result = run(source)
        #expect(result.error?.message == message)
        #expect(result.error?.position?.column == 1)
    }

    @Test(arguments: [
        ("Int(\"42\")", "42"),
        ("Int(\"ff\", radix: 16)", "255"),
        ("String(repeating: \"ab\", count: 2)", "\"abab\""),
        ("String(255, radix: 2)", "\"11111111\""),
        ("String(describing: [1])", "\"[1]\""),
        ("Array(repeating: 0, count: 2)", "[0, 0]"),
        ("Dictionary(grouping: [1, 2, 3]) { $0 % 2 }", "[1: [1, 3], 0: [2]]"),
        ("Dictionary(grouping: [1, 2, 3], by: { $0 % 2 })", "[1: [1, 3], 0: [2]]"),
        ("Dictionary(uniqueKeysWithValues: [(1, \"a\")])", "[1: \"a\"]"),
        ("[String: Int]()", "[:]"),
    ])
    func initializersTakeTheirLabels(_ source: String, _ expected: String) {
        #expect(output(source) == expected)
    }

    @Test func attributesThatChangeNothingAreAllowed() {
        let source = """
            @discardableResult func answer() -> Int { 42 }
            func apply(_ f: @escaping (Int) -> Int) -> Int { f(1) }
            answer()
            apply { $0 + 1 }
            """
        #expect(output(source) == "2")
    }
}
