import Testing

@testable import LessonScript

/// A cell's time limit covers all it does: parsing, compiling and long built-ins as well as its loops and calls.
/// What cannot be interrupted (swift-syntax's parser) is kept quick by limits checked before it starts.
struct TimeLimitTests {
    @Test func deeplyNestedBracketsAreRefusedBeforeParsing() {
        let session = ScriptSession(options: .init(timeLimit: 3))
        let nested = String(repeating: "[", count: 28) + "1" + String(repeating: "]", count: 28)
        let result = session.run("let v = \(nested)", origin: SourceOrigin(file: "deep.md", line: 4))
        #expect(result.error?.kind == .syntax)
        #expect(
            result.error?.description
                == "deep.md:4:21: error: brackets are nested too deeply: more than 12 levels of '['")
        #expect(result.duration < .seconds(3))
        #expect(run("[[[[1]]]]", in: session).valueText == "[[[[1]]]]")
    }

    @Test(arguments: [
        ("let s = \"[[[[[[[[[[[[[[[[[[[[\"", 0),
        ("// [[[[[[[[[[[[[[[[[[[[\nlet a = [1]", 1),
        ("/* [[[[ /* [[[[ */ [[[[[[[[[[[[ */ [[2]]", 2),
        ("let s = #\"\\(\"[[[[[[\"#", 0),
        ("let s = \"\\([[[1]]])\"", 3),
        ("let s = \"\"\"\n  [[[[[[[[[[[[[[[[\n  \\([[1]])\n  \"\"\"", 2),
        ("let m = [[1, 2], [3, [4]]]", 3),
    ])
    func bracketNestingSkipsCommentsAndStringsButNotInterpolations(_ source: String, _ deepest: Int) {
        #expect(BracketNesting(scanning: source).deepest == deepest)
    }

    @Test func chainsOfOperatorsCompileInLinearTime() {
        let session = ScriptSession(options: .init(timeLimit: 10))
        let powers = "2" + String(repeating: " ** 1", count: 2_000)
        let result = run(powers, in: session)
        #expect(result.valueText == "2")
        #expect(result.duration < .seconds(5))
        let sum = "let x = 1\nx" + String(repeating: " + 1", count: 4_000)
        #expect(run(sum, in: session).valueText == "4001")
    }

    @Test func expressionsWithTooManyOperatorsAreRefused() {
        let source = "let x = 1\nlet y = x" + String(repeating: " + x", count: 6_000)
        let result = run(source)
        #expect(result.error?.kind == .syntax)
        #expect(result.error?.message == "expression has too many operators: more than 5000")
        #expect(result.error?.position?.line == 2)
    }

    @Test(arguments: [
        ("let a = 1\nwhile true {}", "2:1"),
        ("var i = 0\nwhile true { i += 1 }", "2:1"),
        ("for _ in 0..<Int.max {}", "1:1"),
        ("var i = 0\nrepeat { i += 1 } while true", "2:1"),
        ("func spin() {\n  while true {}\n}\nspin()", "2:3"),
        ("outer: for _ in 0..<Int.max {}", "1:8"),
    ])
    func aLoopThatRunsOutOfTimeIsPlacedAtItsKeyword(_ source: String, _ place: String) {
        let session = ScriptSession(options: .init(timeLimit: 0.2))
        let result = session.run(source, origin: SourceOrigin(file: "spin.md", line: 1))
        #expect(result.error?.kind == .timeout)
        #expect(result.error?.description == "spin.md:\(place): error: cell exceeded its time limit of 0.2 s")
    }

    @Test func checkingTypesOutOfTimeIsPlacedAtTheExpression() {
        let session = ScriptSession(options: .init(timeLimit: 0))
        let source = (1...100).map { "let x\($0) = \($0) + 1" }.joined(separator: "\n")
        let result = session.run(source, origin: SourceOrigin(file: "slow.md", line: 1))
        #expect(result.error?.kind == .timeout)
        #expect(result.error?.position != nil)
    }

    @Test func compilingCountsTowardsTheTimeLimit() {
        let session = ScriptSession(options: .init(timeLimit: 0))
        let result = run((1...100).map { "let x\($0) = \($0)" }.joined(separator: "\n"), in: session)
        #expect(result.error?.kind == .timeout)
        #expect(result.error?.message == "cell exceeded its time limit of 0 s")
    }

    @Test(arguments: [
        "Array(0..<30_000_000)",
        "Set(0..<30_000_000)",
        "(0..<30_000_000).map { $0 }",
        "Array(0..<3_000_000).sorted { $0 > $1 }",
        "var a = Array(repeating: 1, count: 3_000_000)\na.sort()\na.sort { $0 > $1 }\na.sort()",
    ])
    func longBuiltinsStopAtTheTimeLimit(_ source: String) {
        let session = ScriptSession(options: .init(timeLimit: 0.2))
        let result = run(source, in: session)
        #expect(result.error?.kind == .timeout, "\(result.error?.message ?? "no error")")
        #expect(result.duration < .seconds(5))
        #expect(run("print(\"next\")", in: session).printed == "next\n")
    }

    @Test func workPerCellDoesNotGrowWithItsLineInTheLesson() {
        let session = ScriptSession()
        let far = session.run("let a = 1\nlet b = [a,", origin: SourceOrigin(file: "long.md", line: 50_000_000))
        #expect(far.duration < .seconds(2))
        let expected = """
            long.md:50000001:12: error: expected ']' to end array
            50000000 | let a = 1
            50000001 | let b = [a,
                     |            `- error: expected ']' to end array
            """
        #expect(far.error?.description == expected)
    }
}
