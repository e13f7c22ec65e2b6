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
    // Numbers come in pairs; chunks have an even size, so a pair never straddles two chunks.
    try fillInChunks(result) { chunk, count, generator in
        while chunk.count < count {
            let (a, b) = generator.nextNormalPair()
            chunk.append(a)
            if chunk.count < count { chunk.append(b) }
        }
    }
    return result
}

/// `randn` with the sizes as separate arguments: `randn(3)`, `randn(2, 3)`.
public func randn(_ shape: Int...) throws -> Tensor { try randn(shape) }

/// Float32 numbers uniformly distributed in [0, 1) (`torch.rand`).
public func rand(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    let result = try Tensor(uninitializedShape: shape, dtype: dtype)
    try fillInChunks(result) { chunk, count, generator in
        for _ in 0..<count { chunk.append(generator.nextDouble()) }
    }
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
    let context = TensorContext.current
    for i in 0..<result.count {
        base[i] = Int64(low) &+ Int64(bitPattern: context.generator.nextInt(below: span))
        if i & chunkMask == chunkMask { try context.interruptionCheck?() }
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
    let context = TensorContext.current
    var i = n - 1
    while i > 0 {
        let j = Int(context.generator.nextInt(below: UInt64(i + 1)))
        let swap = base[i]
        base[i] = base[j]
        base[j] = swap
        i -= 1
        if i & chunkMask == 0 { try context.interruptionCheck?() }
    }
    return result
}

/// How many numbers random fills make between two interruption checks (a power of two, and even).
private let chunkMask = (1 << 16) - 1

/// Fills a new contiguous tensor with numbers from `produce`, row-major, cast to its dtype: `produce` appends
/// `count` numbers to an empty chunk using the thread's generator; between chunks, the context's interruption
/// check runs (a large tensor takes seconds to fill).
private func fillInChunks(
    _ result: Tensor, _ produce: (_ chunk: inout [Double], _ count: Int, _ generator: inout Generator) -> Void
) throws {
    let context = TensorContext.current
    var chunk: [Double] = []
    chunk.reserveCapacity(chunkMask + 1)
    var start = 0
    while start < result.count {
        let count = min(chunkMask + 1, result.count - start)
        chunk.removeAll(keepingCapacity: true)
        produce(&chunk, count, &context.generator)
        write(chunk, into: result, at: start)
        start += count
        try context.interruptionCheck?()
    }
}

/// Writes `values` into a contiguous tensor from element `start` on, cast to its dtype.
private func write(_ values: [Double], into result: Tensor, at start: Int) {
    struct Visitor: ElementTypeVisitor {
        let result: Tensor, values: [Double], start: Int
        func visit<T: TensorScalar>(_ type: T.Type) {
            let base = result.pointer(as: T.self) + start
            for (i, value) in values.enumerated() { base[i] = T(castingFrom: value) }
        }
    }
    result.dtype.dispatch(Visitor(result: result, values: values, start: start))
}
