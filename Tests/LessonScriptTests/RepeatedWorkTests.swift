import LessonScript
import Testing

/// Many cells in one session and deep call trees run to the right results (their speed is measured by
/// Benchmarks/interpreter.sh and Benchmarks/startup.sh, not here).
struct RepeatedWorkTests {
    @Test func twentyCellsShareOneSession() {
        let session = ScriptSession()
        for index in 0..<20 {
            let result = session.run(
                "let value\(index) = [1, 2, 3].map { $0 * \(index) }\nprint(value\(index).reduce(0, +))",
                origin: SourceOrigin(file: "perf.md", line: index * 5 + 1))
            #expect(result.error == nil)
            #expect(result.text == "\(6 * index)\n")
        }
    }

    @Test func deepCallTreesComputeTheirResult() {
        let result = run("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(20)")
        #expect(result.valueText == "6765")
    }
}
