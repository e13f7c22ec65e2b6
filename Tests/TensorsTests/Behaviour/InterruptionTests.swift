import Testing

@testable import Tensors

/// Long operations call the context's interruption check now and then and stop with its error, so an interpreter
/// can hold them to a time limit; the numbers they make do not depend on where the checks fall.
@Suite struct InterruptionTests {
    private struct Stop: Error {}

    /// Runs `body` with a fresh context seeded with 3 whose check throws once it has been called `allowed` times.
    private func withCheck<T>(allowing allowed: Int, _ body: () throws -> T) rethrows -> (T, calls: Int) {
        let saved = TensorContext.current
        defer { TensorContext.current = saved }
        let context = TensorContext()
        context.generator = Generator(seed: 3)
        var calls = 0
        context.interruptionCheck = {
            calls += 1
            if calls > allowed { throw Stop() }
        }
        TensorContext.current = context
        return (try body(), calls)
    }

    @Test(arguments: ["randn", "rand", "randint", "randperm"])
    func largeRandomTensorsStopWhenTheCheckThrows(_ name: String) {
        let make: () throws -> Tensor =
            switch name {
            case "randn": { try randn([1000, 1000]) }
            case "rand": { try rand([1000, 1000]) }
            case "randint": { try randint(0, 10, [1000, 1000]) }
            default: { try randperm(1_000_000) }
            }
        #expect(throws: Stop.self) { try withCheck(allowing: 2, make) }
    }

    @Test func checksDoNotChangeTheNumbers() throws {
        let (checked, calls) = try withCheck(allowing: .max) { storedValues(try randn([3, 100_001])) }
        #expect(calls >= 4)
        let saved = TensorContext.current
        defer { TensorContext.current = saved }
        TensorContext.current = TensorContext()
        manualSeed(3)
        #expect(storedValues(try randn([3, 100_001])) == checked)
    }
}
