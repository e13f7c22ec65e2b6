/// The element-wise functions of one tensor.
public enum UnaryOperation: Sendable {
    case negate, abs, sqrt, exp, log, sigmoid, relu, tanh, floor, ceil, round, sign

    /// Whether an integer input is first converted to float32 (PyTorch's rule for `sqrt(int tensor)` and the like).
    var promotesIntegers: Bool {
        switch self {
        case .sqrt, .exp, .log, .sigmoid, .tanh: true
        case .negate, .abs, .relu, .floor, .ceil, .round, .sign: false
        }
    }
}

/// `out = op(input)` for tensors of one dtype; `input`'s strides already broadcast to `out.shape`.
func unaryKernel(_ operation: UnaryOperation, out: Tensor, _ input: Tensor, _ inputStrides: [Int]) throws {
    let shape = out.shape
    let s = out.strides
    @inline(__always) func floating<T: FloatScalar>(_ type: T.Type) {
        let o = out.pointer(as: T.self)
        let x = UnsafePointer(input.pointer(as: T.self))
        switch operation {
        case .negate: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { -$0 }
        case .abs: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { Swift.abs($0) }
        case .sqrt: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0.squareRoot() }
        case .exp: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { T.exp($0) }
        case .log: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { T.log($0) }
        case .sigmoid: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { 1 / (1 + T.exp(-$0)) }
        case .relu: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 > 0 || $0.isNaN ? $0 : 0 }
        case .tanh: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { T.tanh($0) }
        case .floor: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0.rounded(.down) }
        case .ceil: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0.rounded(.up) }
        case .round: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0.rounded(.toNearestOrEven) }
        case .sign:
            mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 }
        }
    }
    @inline(__always) func integer<T: IntegerScalar>(_ type: T.Type) throws {
        let o = out.pointer(as: T.self)
        let x = UnsafePointer(input.pointer(as: T.self))
        switch operation {
        case .negate: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { 0 &- $0 }
        case .abs: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 < 0 ? 0 &- $0 : $0 }
        case .relu: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 > 0 ? $0 : 0 }
        case .floor, .ceil, .round: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 }
        case .sign: mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 > 0 ? 1 : $0 < 0 ? 0 &- 1 : 0 }
        case .sqrt, .exp, .log, .sigmoid, .tanh:
            throw TensorError(.dtypeMismatch, "\"\(operation)\" needs a floating-point tensor")
        }
    }
    switch out.dtype {
    case .float32: floating(Float.self)
    case .float64: floating(Double.self)
    case .uint8: try integer(UInt8.self)
    case .int32: try integer(Int32.self)
    case .int64: try integer(Int64.self)
    case .bool:
        let o = out.pointer(as: Bool.self)
        let x = UnsafePointer(input.pointer(as: Bool.self))
        switch operation {
        case .abs, .relu, .floor, .ceil, .round, .sign:
            mapElements(shape: shape, out: o, outStrides: s, x, inputStrides) { $0 }
        case .negate:
            throw TensorError(
                .invalidArgument,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, "
                    + "use the `~` or `logical_not()` operator instead.")
        case .sqrt, .exp, .log, .sigmoid, .tanh:
            throw TensorError(.dtypeMismatch, "\"\(operation)\" needs a floating-point tensor")
        }
    }
}

/// `out = clamp(input, low, high)` with optional bounds, in `out.dtype`.
func clampKernel(out: Tensor, _ input: Tensor, low: Double?, high: Double?) {
    struct Visitor: ElementTypeVisitor {
        let out: Tensor, input: Tensor, low: Double?, high: Double?

        func visit<T: TensorScalar>(_ type: T.Type) {
            let o = out.pointer(as: T.self)
            let x = UnsafePointer(input.pointer(as: T.self))
            let lowValue = low.map { T(castingFrom: $0) }
            let highValue = high.map { T(castingFrom: $0) }
            let lowDouble = low ?? -.infinity
            let highDouble = high ?? .infinity
            mapElements(shape: out.shape, out: o, outStrides: out.strides, x, input.strides) { value in
                // min(max(value, low), high), so that low > high gives high, as in PyTorch.
                var v = value.doubleValue
                if v.isNaN { return value }
                var result = value
                if let lowValue, v < lowDouble {
                    v = lowDouble
                    result = lowValue
                }
                if let highValue, v > highDouble { result = highValue }
                return result
            }
        }
    }
    out.dtype.dispatch(Visitor(out: out, input: input, low: low, high: high))
}
