/// The element-wise functions of one tensor; in cells each is a method and a free function (`t.neg()`,
/// `neg(t)`). Adding one: see the checklist in the Tensors folder's README.md.
public enum UnaryOperation: ElementwiseOperation {
    case negate, abs, sqrt, exp, log, sigmoid, relu, tanh, floor, ceil, round, sign, reciprocal

    /// PyTorch's name.
    public var pytorchName: String {
        switch self {
        case .negate: "neg"
        case .abs: "abs"
        case .sqrt: "sqrt"
        case .exp: "exp"
        case .log: "log"
        case .sigmoid: "sigmoid"
        case .relu: "relu"
        case .tanh: "tanh"
        case .floor: "floor"
        case .ceil: "ceil"
        case .round: "round"
        case .sign: "sign"
        case .reciprocal: "reciprocal"
        }
    }

    /// Whether an integer input is first converted to float32 (PyTorch's rule for `sqrt(int tensor)` and the like).
    var promotesIntegers: Bool {
        switch self {
        case .sqrt, .exp, .log, .sigmoid, .tanh, .reciprocal: true
        case .negate, .abs, .relu, .floor, .ceil, .round, .sign: false
        }
    }
}

/// The operands of one unary kernel call.
struct UnaryOperands {
    let out: Tensor
    let input: Tensor
    let inputStrides: [Int]

    /// Runs `f` over every element.
    @inline(__always)
    func map<F: UnaryElementFunction>(_ f: F) {
        if out.count == 1 {
            // One element (a 0-d tensor): no loop nest to plan.
            out.pointer(as: F.Output.self)[0] = f(input.pointer(as: F.Input.self)[0])
            return
        }
        mapElements(
            f, shape: out.shape, out: out.pointer(as: F.Output.self), outStrides: out.strides,
            UnsafePointer(input.pointer(as: F.Input.self)), inputStrides)
    }
}

/// `out = op(input)` for tensors of one dtype; `input`'s strides already broadcast to `out.shape`.
func unaryKernel(_ operation: UnaryOperation, _ operands: UnaryOperands) throws {
    func floating<T: FloatScalar>(_ type: T.Type) {
        switch operation {
        case .negate: operands.map(FloatNegate<T>())
        case .abs: operands.map(FloatAbsolute<T>())
        case .sqrt: operands.map(FloatSquareRoot<T>())
        case .exp: operands.map(FloatExp<T>())
        case .log: operands.map(FloatLog<T>())
        case .sigmoid: operands.map(FloatSigmoid<T>())
        case .relu: operands.map(FloatRelu<T>())
        case .tanh: operands.map(FloatTanh<T>())
        case .floor: operands.map(FloatRound<T>(rule: .down))
        case .ceil: operands.map(FloatRound<T>(rule: .up))
        case .round: operands.map(FloatRound<T>(rule: .toNearestOrEven))
        case .sign: operands.map(FloatSign<T>())
        case .reciprocal: operands.map(FloatReciprocal<T>())
        }
    }
    func integer<T: IntegerScalar>(_ type: T.Type) throws {
        switch operation {
        case .negate: operands.map(IntegerNegate<T>())
        case .abs: operands.map(IntegerAbsolute<T>())
        case .relu: operands.map(IntegerRelu<T>())
        case .floor, .ceil, .round: operands.map(Identity<T>())
        case .sign: operands.map(IntegerSign<T>())
        case .sqrt, .exp, .log, .sigmoid, .tanh, .reciprocal:
            throw TensorError(.dtypeMismatch, "\"\(operation.pytorchName)\" needs a floating-point tensor")
        }
    }
    switch operands.out.dtype {
    case .float32: floating(Float.self)
    case .float64: floating(Double.self)
    case .uint8: try integer(UInt8.self)
    case .int32: try integer(Int32.self)
    case .int64: try integer(Int64.self)
    case .bool:
        switch operation {
        case .abs, .relu, .floor, .ceil, .round, .sign: operands.map(Identity<Bool>())
        case .negate:
            throw TensorError(
                .invalidArgument,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, "
                    + "use the `~` or `logical_not()` operator instead.")
        case .sqrt, .exp, .log, .sigmoid, .tanh, .reciprocal:
            throw TensorError(.dtypeMismatch, "\"\(operation.pytorchName)\" needs a floating-point tensor")
        }
    }
}

/// `out = clamp(input, low, high)` with optional bounds, in `out.dtype`.
func clampKernel(_ operands: UnaryOperands, low: Double?, high: Double?) {
    struct Visitor: ElementTypeVisitor {
        let operands: UnaryOperands, low: Double?, high: Double?
        func visit<T: TensorScalar>(_ type: T.Type) {
            operands.map(Clamp<T>(low: low.map { T(castingFrom: $0) }, high: high.map { T(castingFrom: $0) }))
        }
    }
    operands.out.dtype.dispatch(Visitor(operands: operands, low: low, high: high))
}

/// Logical not for bool tensors, bitwise not for integers.
func bitwiseNotKernel(_ operands: UnaryOperands) throws {
    switch operands.out.dtype {
    case .bool: operands.map(LogicalNot())
    case .uint8: operands.map(IntegerBitwiseNot<UInt8>())
    case .int32: operands.map(IntegerBitwiseNot<Int32>())
    case .int64: operands.map(IntegerBitwiseNot<Int64>())
    case .float32, .float64:
        throw TensorError(
            .dtypeMismatch, "\"bitwise_not_cpu\" not implemented for '\(operands.out.dtype.scalarTypeName)'")
    }
}
