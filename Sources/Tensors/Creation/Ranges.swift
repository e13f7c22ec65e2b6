/// The numbers `start, start + step, ...` below `end` (`torch.arange`): int64 when all arguments are integers,
/// float32 otherwise.
///
/// ```swift
/// try arange(0, 5)   // tensor([0, 1, 2, 3, 4])
/// ```
public func arange(_ start: Scalar, _ end: Scalar, step: Scalar = .int(1), dtype: DType? = nil) throws -> Tensor {
    let isIntegral = [start, end, step].allSatisfy { if case .double = $0 { false } else { true } }
    let resultType = dtype ?? (isIntegral ? .int64 : .float32)
    let first = start.doubleValue
    let last = end.doubleValue
    let increment = step.doubleValue
    guard first.isFinite && last.isFinite else {
        throw TensorError(.invalidArgument, "unsupported range: \(pythonText(start)) -> \(pythonText(end))")
    }
    guard increment != 0 else { throw TensorError(.invalidArgument, "step must be nonzero") }
    guard (increment > 0 && last >= first) || (increment < 0 && last <= first) else {
        throw TensorError(.invalidArgument, "upper bound and lower bound inconsistent with step sign")
    }
    let exactSize = ((last - first) / increment).rounded(.up)
    guard exactSize >= 0 && exactSize < 0x1p63 else {
        throw TensorError(.invalidArgument, "invalid size, possible overflow?")
    }
    let size = Int(exactSize)
    let result = try Tensor(uninitializedShape: [size], dtype: resultType)
    struct Visitor: ElementTypeVisitor {
        let result: Tensor, start: Scalar, step: Scalar, size: Int
        func visit<T: TensorScalar>(_ type: T.Type) {
            let base = result.pointer(as: T.self)
            if case .int(let first) = start, case .int(let increment) = step {
                for i in 0..<size { base[i] = T(castingFrom: Int64(first) &+ Int64(i) &* Int64(increment)) }
            } else if T.dtype.isFloatingPoint {
                floatingRange(base, start: start.doubleValue, step: step.doubleValue, count: size)
            } else {
                for i in 0..<size { base[i] = T(castingFrom: start.doubleValue + Double(i) * step.doubleValue) }
            }
        }
    }
    resultType.dispatch(Visitor(result: result, start: start, step: step, size: size))
    return result
}

/// Fills `base` with `start + i * step` rounded exactly as PyTorch's CPU `arange` kernel (AVX2 build) rounds:
/// that kernel computes in double with fused multiply-adds and fills vectors of 32 bytes from a rounded base
/// (`base + j * step` per lane), two vectors at a time, then the leftover elements one by one. Bit-identical
/// results matter because lessons print these numbers.
private func floatingRange<T: TensorScalar>(_ base: UnsafeMutablePointer<T>, start: Double, step: Double, count: Int) {
    let lanes = 32 / T.dtype.itemSize
    let vectorized = count / (2 * lanes) * (2 * lanes)
    var index = 0
    while index < vectorized {
        let first = T(castingFrom: start.addingProduct(step, Double(index)))
        for lane in 0..<lanes {
            base[index + lane] = T(castingFrom: first.doubleValue.addingProduct(step, Double(lane)))
        }
        index += lanes
    }
    while index < count {
        base[index] = T(castingFrom: start.addingProduct(step, Double(index)))
        index += 1
    }
}

/// A number as Python prints it in messages: `3`, `2.5`, `inf`, `nan`.
private func pythonText(_ value: Scalar) -> String {
    switch value {
    case .bool(let flag): flag ? "True" : "False"
    case .int(let integer): String(integer)
    case .double(let double): double.isNaN ? "nan" : double.isInfinite ? (double > 0 ? "inf" : "-inf") : "\(double)"
    }
}

/// The numbers `0 ..< end` (`torch.arange(end)`).
public func arange(_ end: Scalar) throws -> Tensor { try arange(.int(0), end) }

/// `steps` evenly spaced float32 numbers from `start` to `end` inclusive (`torch.linspace`), computed as PyTorch
/// computes them: from the start for the first half and from the end for the second.
///
/// ```swift
/// try linspace(-2, 2, 5)   // tensor([-2., -1.,  0.,  1.,  2.])
/// ```
public func linspace(_ start: Double, _ end: Double, _ steps: Int) throws -> Tensor {
    guard steps >= 0 else { throw TensorError(.invalidArgument, "number of steps must be non-negative") }
    let result = try Tensor(uninitializedShape: [steps], dtype: .float32)
    let base = result.pointer(as: Float.self)
    let first = Float(start)
    let last = Float(end)
    if steps == 1 { base[0] = first }
    if steps > 1 {
        // PyTorch's CPU kernel: float32 step, fused multiply-adds, the second half counted back from the end.
        let step = (last - first) / Float(steps - 1)
        let halfway = steps / 2
        for i in 0..<steps {
            base[i] =
                i < halfway ? first.addingProduct(step, Float(i)) : last.addingProduct(-step, Float(steps - i - 1))
        }
    }
    return result
}
