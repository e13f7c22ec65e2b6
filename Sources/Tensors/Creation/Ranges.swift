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
    guard increment != 0 else { throw TensorError(.invalidArgument, "step must be nonzero") }
    guard (increment > 0 && last >= first) || (increment < 0 && last <= first) else {
        throw TensorError(.invalidArgument, "upper bound and larger bound inconsistent with step sign")
    }
    let size = Int(((last - first) / increment).rounded(.up))
    let result = try Tensor(uninitializedShape: [size], dtype: resultType)
    struct Visitor: ElementTypeVisitor {
        let result: Tensor, start: Scalar, step: Scalar, size: Int
        func visit<T: TensorScalar>(_ type: T.Type) {
            let base = result.pointer(as: T.self)
            if case .int(let first) = start, case .int(let increment) = step {
                for i in 0..<size { base[i] = T(castingFrom: Int64(first) &+ Int64(i) &* Int64(increment)) }
            } else {
                for i in 0..<size { base[i] = T(castingFrom: start.doubleValue + Double(i) * step.doubleValue) }
            }
        }
    }
    resultType.dispatch(Visitor(result: result, start: start, step: step, size: size))
    return result
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
        let step = (last - first) / Float(steps - 1)
        let halfway = steps / 2
        for i in 0..<steps {
            base[i] = i < halfway ? first + step * Float(i) : last - step * Float(steps - i - 1)
        }
    }
    return result
}
