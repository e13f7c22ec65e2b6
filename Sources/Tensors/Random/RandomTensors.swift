/// Seeds this thread's generator (`torch.manual_seed`): the same seed gives the same `randn`, `rand` and
/// `randperm` numbers on every machine.
///
/// ```swift
/// manualSeed(42)
/// ```
public func manualSeed(_ seed: Int) {
    TensorContext.current.generator = Generator(seed: UInt64(bitPattern: Int64(seed)))
}

/// Standard normal float32 numbers (`torch.randn`).
///
/// ```swift
/// try randn([784, 1])
/// ```
public func randn(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    let result = try Tensor(uninitializedShape: shape, dtype: dtype)
    let count = result.count
    var values = [Double](repeating: 0, count: count)
    var i = 0
    while i < count {
        let (a, b) = TensorContext.current.generator.nextNormalPair()
        values[i] = a
        if i + 1 < count { values[i + 1] = b }
        i += 2
    }
    fill(result, with: values)
    return result
}

/// `randn` with the sizes as separate arguments: `randn(3)`, `randn(2, 3)`.
public func randn(_ shape: Int...) throws -> Tensor { try randn(shape) }

/// Float32 numbers uniformly distributed in [0, 1) (`torch.rand`).
public func rand(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    let result = try Tensor(uninitializedShape: shape, dtype: dtype)
    let values = (0..<result.count).map { _ in TensorContext.current.generator.nextDouble() }
    fill(result, with: values)
    return result
}

/// `rand` with the sizes as separate arguments.
public func rand(_ shape: Int...) throws -> Tensor { try rand(shape) }

/// Integers uniformly distributed in `low..<high` (`torch.randint`), int64.
public func randint(_ low: Int, _ high: Int, _ shape: [Int]) throws -> Tensor {
    guard high > low else {
        throw TensorError(
            .invalidArgument, "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
    }
    let result = try Tensor(uninitializedShape: shape, dtype: .int64)
    let base = result.pointer(as: Int64.self)
    let span = UInt64(bitPattern: Int64(high) &- Int64(low))
    for i in 0..<result.count {
        base[i] = Int64(low) &+ Int64(bitPattern: TensorContext.current.generator.nextInt(below: span))
    }
    return result
}

/// A random permutation of `0..<n` (`torch.randperm`), int64.
///
/// ```swift
/// try randperm(15)
/// ```
public func randperm(_ n: Int) throws -> Tensor {
    guard n >= 0 else { throw TensorError(.invalidArgument, "n must be non-negative, got\(n)") }
    let result = try Tensor(uninitializedShape: [n], dtype: .int64)
    let base = result.pointer(as: Int64.self)
    for i in 0..<n { base[i] = Int64(i) }
    // Fisher-Yates, from the end.
    var i = n - 1
    while i > 0 {
        let j = Int(TensorContext.current.generator.nextInt(below: UInt64(i + 1)))
        let swap = base[i]
        base[i] = base[j]
        base[j] = swap
        i -= 1
    }
    return result
}

/// Writes `values` (row-major) into a new contiguous tensor, cast to its dtype.
private func fill(_ result: Tensor, with values: [Double]) {
    struct Visitor: ElementTypeVisitor {
        let result: Tensor, values: [Double]
        func visit<T: TensorScalar>(_ type: T.Type) {
            let base = result.pointer(as: T.self)
            for (i, value) in values.enumerated() { base[i] = T(castingFrom: value) }
        }
    }
    result.dtype.dispatch(Visitor(result: result, values: values))
}
