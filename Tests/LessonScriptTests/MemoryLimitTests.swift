import LessonScript
import Testing

/// Values outside tensors (strings, arrays, sets, dictionaries) count against the session's memory limit,
/// checked before they are allocated: a cell asking for too much gets an error, and the next cell runs.
struct MemoryLimitTests {
    /// A session whose values may take 256 MiB of heap.
    private func limitedSession() -> ScriptSession {
        ScriptSession(options: .init(timeLimit: 30, memoryLimit: 256 << 20))
    }

    @Test(arguments: [
        "String(repeating: \"a\", count: Int.max)",
        "var s = \"x\"\nfor _ in 0..<40 { s += s }",
        "var s = \"x\"\nfor _ in 0..<40 { s = s + s }",
        "var s = \"x\"\nfor _ in 0..<40 { s.append(s) }",
        "let s = String(repeating: \"a\", count: 10_000_000)\nlet r = s.reversed()",
        "Array(0..<100_000_000)",
        "(0..<100_000_000).map { $0 }",
        "Array(1...Int.max)",
        "Array(repeating: 0, count: Int.max)",
        "[Int](repeating: 1, count: 1 << 40)",
        "var a = [1]\nfor _ in 0..<40 { a += a }",
        "var a = [1]\nfor _ in 0..<40 { a.append(contentsOf: a) }",
        "let words = Array(repeating: String(repeating: \"w\", count: 1_000_000), count: 1_000)\nwords.joined()",
        "Set(0..<100_000_000)",
        "Array(0..<3_000_000).enumerated()",
        "let line = String(repeating: \"ab\", count: 100_000)\nfor _ in 0..<100_000 { print(line) }",
    ])
    func largeValuesAreAnErrorAndTheNextCellRuns(_ source: String) throws {
        let session = limitedSession()
        let result = run(source, in: session)
        let error = try #require(result.error, "\(source)")
        #expect(error.kind == .runtime)
        #expect(error.message.hasPrefix("not enough memory: "), "\(error.message)")
        #expect(error.message.hasSuffix("(memory limit: 268435456 bytes)"))
        #expect(error.position != nil)
        #expect(run("[1, 2].count", in: session).valueText == "2")
    }

    @Test func theErrorNamesTheRequestAndIsPlacedAtTheExpression() {
        let result = limitedSession().run(
            "let n = Int.max\nlet s = String(repeating: \"ab\", count: n)",
            origin: SourceOrigin(file: "memory.md", line: 7))
        #expect(
            result.error?.description
                == "memory.md:8:9: error: not enough memory: you tried to allocate more than 9223372036854775807 "
                + "bytes for a String. (memory limit: 268435456 bytes)")
    }

    @Test func valuesWithinTheLimitAreBuilt() {
        let session = limitedSession()
        #expect(run("String(repeating: \"ab\", count: 1_000_000).count", in: session).valueText == "2000000")
        #expect(run("Array(0..<1_000_000).reversed().first", in: session).valueText == "999999")
        #expect(run("var s = \"x\"\nfor _ in 0..<20 { s += s }\ns.count", in: session).valueText == "1048576")
        #expect(run("Set(0..<100_000).count", in: session).valueText == "100000")
    }

    @Test func repeatingAnEmptyStringTakesNoTime() {
        let result = run("String(repeating: \"\", count: Int.max)", in: limitedSession())
        #expect(result.valueText == "\"\"")
        #expect(result.duration < .seconds(1))
    }
}
