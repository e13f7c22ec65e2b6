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
        "let line = String(repeating: \"ab\", count: 1_000_000)\nfor _ in 0..<100_000 { print(line) }",
        "let s = String(repeating: \"a\", count: 90_000_000)\nlet t = \"\\(s)\\(s)\\(s)\"",
        "let s = String(repeating: \"a\", count: 1_000_000)\ns.replacingOccurrences(of: \"a\", with: String(repeating: \"b\", count: 1_000))",
        "String(repeating: \"a,\", count: 5_000_000).components(separatedBy: \",\")",
        "String(repeating: \"a,\", count: 5_000_000).split(separator: \",\")",
        "stride(from: 0, to: Int.max, by: 1)",
        "stride(from: 0.0, to: 1e300, by: 1e-300)",
    ])
    func largeValuesAreAnErrorAndTheNextCellRuns(_ source: String) throws {
        let session = limitedSession()
        let result = run(source, in: session)
        let error = try #require(result.error, "\(source)")
        #expect(error.kind == .runtime)
        #expect(error.message.hasPrefix("not enough memory: "), "\(error.message)")
        #expect(error.message.hasSuffix("(over the memory limit)"))
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
                + "bytes for a String. (over the memory limit)")
    }

    @Test func valuesWithinTheLimitAreBuilt() {
        let session = limitedSession()
        #expect(run("String(repeating: \"ab\", count: 1_000_000).count", in: session).valueText == "2000000")
        #expect(run("Array(0..<1_000_000).reversed().first", in: session).valueText == "999999")
        #expect(run("var s = \"x\"\nfor _ in 0..<20 { s += s }\ns.count", in: session).valueText == "1048576")
        #expect(run("Set(0..<100_000).count", in: session).valueText == "100000")
        #expect(
            run("String(repeating: \"a,\", count: 1_000).split(separator: \",\").count", in: session).valueText
                == "1000")
        #expect(run("\"a-b-c\".replacingOccurrences(of: \"-\", with: \"+=\")", in: session).valueText == "\"a+=b+=c\"")
        #expect(
            run("stride(from: Int.max - 1, through: Int.max, by: 5)", in: session).valueText == "[9223372036854775806]")
        #expect(run("stride(from: 10, to: 0, by: -4)", in: session).valueText == "[10, 6, 2]")
        #expect(
            run("stride(from: 0.0, through: 1.0, by: 0.25)", in: session).valueText == "[0.0, 0.25, 0.5, 0.75, 1.0]")
    }

    @Test func repeatingAnEmptyStringTakesNoTime() {
        let result = run("String(repeating: \"\", count: Int.max)", in: limitedSession())
        #expect(result.valueText == "\"\"")
        #expect(result.duration < .seconds(1))
    }
}
