/// The element-wise binary operations with a result of the operands' (promoted) dtype.
public enum ArithmeticOperation: ElementwiseOperation {
    case add, subtract, multiply, divide, power, maximum, minimum, remainder

    /// PyTorch's name.
    public var pytorchName: String {
        switch self {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .divide: "div"
        case .power: "pow"
        case .maximum: "maximum"
        case .minimum: "minimum"
        case .remainder: "remainder"
        }
    }
}

/// The element-wise comparisons; their result is `bool`.
public enum ComparisonOperation: ElementwiseOperation {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// PyTorch's name.
    public var pytorchName: String {
        switch self {
        case .equal: "eq"
        case .notEqual: "ne"
        case .less: "lt"
        case .lessOrEqual: "le"
        case .greater: "gt"
        case .greaterOrEqual: "ge"
        }
    }
}

/// The element-wise logical (on bool) or bitwise (on integers) operations.
public enum BitwiseOperation: ElementwiseOperation {
    case and, or, xor

    /// PyTorch's name.
    public var pytorchName: String {
        switch self {
        case .and: "bitwise_and"
        case .or: "bitwise_or"
        case .xor: "bitwise_xor"
        }
    }
}

/// The operands of one binary kernel call: output and inputs with their (broadcast) strides.
struct BinaryOperands {
    let out: Tensor
    let a: Tensor
    let aStrides: [Int]
    let b: Tensor
    let bStrides: [Int]

    /// The operands of `out = a op b`, reading `a` and `b` broadcast to `out`'s shape.
    init(_ out: Tensor, _ a: Tensor, _ b: Tensor) {
        self.out = out
        self.a = a
        self.aStrides = a.broadcastStrides(to: out.shape)
        self.b = b
        self.bStrides = b.broadcastStrides(to: out.shape)
    }

    /// Runs `f` over every element.
    @inline(__always)
    func map<F: BinaryElementFunction>(_ f: F) {
        if out.count == 1 {
            // One element (0-d tensors in a loop): no loop nest to plan, no threads to consider.
            out.pointer(as: F.Output.self)[0] = f(a.pointer(as: F.Left.self)[0], b.pointer(as: F.Right.self)[0])
            return
        }
        mapElements(
            f, shape: out.shape, out: out.pointer(as: F.Output.self), outStrides: out.strides,
            UnsafePointer(a.pointer(as: F.Left.self)), aStrides, UnsafePointer(b.pointer(as: F.Right.self)), bStrides)
    }
}

/// Runs an arithmetic kernel: `out = a op b`, all three of `out.dtype`, inputs read through broadcast strides.
func arithmeticKernel(_ operation: ArithmeticOperation, _ operands: BinaryOperands) throws {
    func floating<T: FloatScalar>(_ type: T.Type) {
        switch operation {
        case .add: operands.map(FloatAdd<T>())
        case .subtract: operands.map(FloatSubtract<T>())
        case .multiply: operands.map(FloatMultiply<T>())
        case .divide: operands.map(FloatDivide<T>())
        case .power: operands.map(FloatPower<T>())
        case .maximum: operands.map(FloatMaximum<T>())
        case .minimum: operands.map(FloatMinimum<T>())
        case .remainder: operands.map(FloatRemainder<T>())
        }
    }
    func integer<T: IntegerScalar>(_ type: T.Type) throws {
        switch operation {
        case .add: operands.map(IntegerAdd<T>())
        case .subtract: operands.map(IntegerSubtract<T>())
        case .multiply: operands.map(IntegerMultiply<T>())
        case .maximum: operands.map(IntegerMaximum<T>())
        case .minimum: operands.map(IntegerMinimum<T>())
        case .power:
            // A negative number as exponent is refused before the kernel (`arithmetic`); negative elements of an
            // exponent tensor are PyTorch's integer powers (0, or ±1 for bases ±1).
            operands.map(IntegerPower<T>())
        case .remainder:
            if operands.b.anyElement(T.self, where: { $0 == 0 }) {
                throw TensorError(.invalidArgument, "ZeroDivisionError")
            }
            operands.map(IntegerRemainder<T>())
        case .divide:
            throw TensorError(.invalidArgument, "true division of integers must produce a floating-point tensor")
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
        case .add, .maximum: operands.map(LogicalOr())
        case .multiply, .minimum: operands.map(LogicalAnd())
        case .subtract:
            throw TensorError(
                .invalidArgument,
                "Subtraction, the `-` operator, with two bool tensors is not supported. If you are trying to invert "
                    + "a mask, use the `~` or `logical_not()` operator instead.")
        case .power, .remainder, .divide:
            let name = operation == .power ? "pow" : operation == .remainder ? "remainder_cpu" : "div_true_cpu"
            throw TensorError(.invalidArgument, "\"\(name)\" not implemented for 'Bool'")
        }
    }
}

/// Runs a comparison kernel: `out` (bool) `= a op b`, inputs of one dtype read through broadcast strides.
func comparisonKernel(_ operation: ComparisonOperation, _ operands: BinaryOperands) {
    struct Visitor: ElementTypeVisitor {
        let operation: ComparisonOperation
        let operands: BinaryOperands

        func visit<T: TensorScalar>(_ type: T.Type) {
            switch operation {
            case .equal: operands.map(ElementEqual<T>())
            case .notEqual: operands.map(ElementNotEqual<T>())
            case .less: operands.map(ElementLess<T>())
            case .lessOrEqual: operands.map(ElementLessOrEqual<T>())
            case .greater: operands.map(ElementGreater<T>())
            case .greaterOrEqual: operands.map(ElementGreaterOrEqual<T>())
            }
        }
    }
    operands.a.dtype.dispatch(Visitor(operation: operation, operands: operands))
}

/// Runs a logical (bool) or bitwise (integer) kernel: `out = a op b`, all of `out.dtype`.
func bitwiseKernel(_ operation: BitwiseOperation, _ operands: BinaryOperands) throws {
    func integer<T: IntegerScalar>(_ type: T.Type) {
        switch operation {
        case .and: operands.map(BitwiseAnd<T>())
        case .or: operands.map(BitwiseOr<T>())
        case .xor: operands.map(BitwiseXor<T>())
        }
    }
    switch operands.out.dtype {
    case .bool:
        switch operation {
        case .and: operands.map(LogicalAnd())
        case .or: operands.map(LogicalOr())
        case .xor: operands.map(LogicalXor())
        }
    case .uint8: integer(UInt8.self)
    case .int32: integer(Int32.self)
    case .int64: integer(Int64.self)
    case .float32, .float64:
        throw TensorError(
            .dtypeMismatch,
            "\"\(operation.pytorchName)_cpu\" not implemented for '\(operands.out.dtype.scalarTypeName)'")
    }
}

extension Tensor {
    /// Whether any element satisfies `predicate` (used to reject invalid integer operands before a kernel runs).
    func anyElement<T: TensorScalar>(_ type: T.Type, where predicate: (T) -> Bool) -> Bool {
        let base = pointer(as: T.self)
        var found = false
        let loop = StridedLoop(shape: shape, strides: [strides])
        let inner = loop.innerStride(0)
        loop.forEachRun(in: 0..<loop.count) { offsets, length in
            for i in 0..<length where predicate(base[offsets.0 + i * inner]) { found = true }
        }
        return found
    }
}
