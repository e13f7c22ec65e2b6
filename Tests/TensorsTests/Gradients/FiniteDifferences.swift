import Testing

@testable import Tensors

/// Deterministic float64 test data from a small linear congruential generator (independent of the engine's own
/// random generator, so these checks do not depend on it).
struct TestNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }

    /// A number in [-1, 1).
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1.0p-52 - 1
    }

    /// `count` numbers in [-1, 1), each at least `gap` away from zero.
    mutating func numbers(_ count: Int, awayFromZero gap: Double = 0) -> [Double] {
        (0..<count).map { _ in
            let value = next()
            return value < 0 ? value - gap : value + gap
        }
    }
}

/// Compares the gradients that `backward()` gives for `sum(f(inputs) * w)` (w random) with central differences
/// `(L(x + h) - L(x - h)) / 2h`, h = 1e-6, perturbing every element of every input in turn. Inputs are float64
/// leaves that require grad.
func checkGradients(
    _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) throws -> Tensor
) throws {
    let output = try f(inputs)
    var numbers = TestNumbers(seed: UInt64(output.count))
    let weights = try tensor(numbers.numbers(output.count), dtype: output.dtype).reshape(output.shape)
    try (output * weights).sum().backward()
    func loss() throws -> Double {
        try noGrad { try storedValues((f(inputs) * weights).sum())[0] }
    }
    let h = 1e-6
    for (index, input) in inputs.enumerated() where input.requiresGrad {
        let analytic = try #require(input.grad, "input \(index) has no gradient", sourceLocation: sourceLocation)
        #expect(analytic.shape == input.shape, "input \(index): gradient shape", sourceLocation: sourceLocation)
        let base = input.pointer(as: Double.self)  // inputs are contiguous float64 leaves
        let gradient = storedValues(analytic)
        var mismatches: [String] = []
        for element in 0..<input.count {
            let saved = base[element]
            base[element] = saved + h
            let above = try loss()
            base[element] = saved - h
            let below = try loss()
            base[element] = saved
            let numeric = (above - below) / (2 * h)
            if !isClose(gradient[element], numeric, relative: 1e-5, absolute: 1e-6) {
                mismatches.append("[\(element)] backward \(gradient[element]), numeric \(numeric)")
            }
        }
        #expect(
            mismatches.isEmpty, "input \(index): \(mismatches.prefix(4).joined(separator: "; "))",
            sourceLocation: sourceLocation)
    }
}

/// A float64 leaf of `shape` that requires grad, filled with test numbers (kept `gap` away from zero, and made
/// positive when `positive` is set).
func leaf(_ shape: [Int], seed: UInt64, gap: Double = 0.05, positive: Bool = false) throws -> Tensor {
    var numbers = TestNumbers(seed: seed)
    var values = numbers.numbers(shape.reduce(1, *), awayFromZero: gap)
    if positive { values = values.map { Swift.abs($0) + 0.2 } }
    return try tensor(values, dtype: .float64).reshape(shape).clone().requiresGrad()
}
