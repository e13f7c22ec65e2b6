import LessonScript
import Testing

/// Rough guards on interpreter overhead (debug builds are several times slower than release).
struct PerformanceTests {
    @Test func twentyCellsRunQuickly() {
        let session = ScriptSession()
        let clock = ContinuousClock()
        let start = clock.now
        for index in 0..<20 {
            let result = session.run(
                "let value\(index) = [1, 2, 3].map { $0 * \(index) }\nprint(value\(index).reduce(0, +))",
                origin: SourceOrigin(file: "perf.md", line: index * 5 + 1))
            #expect(result.error == nil)
        }
        #expect(clock.now - start < .seconds(2))
    }

    @Test func callsAndLoopsAreCheap() {
        let result = run("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(20)")
        #expect(result.valueText == "6765")
        #expect(result.duration < .seconds(5))
    }
}
