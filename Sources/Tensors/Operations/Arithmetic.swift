extension TensorOperand {
    /// This operand as a tensor of `dtype`: a converted copy of a tensor of another dtype (not recorded by
    /// autograd), or a zero-dimensional tensor holding the number.
    func materialized(as dtype: DType) throws -> Tensor {
        switch self {
        case .tensor(let tensor): try tensor.cast(to: dtype)
        case .scalar(let scalar): try Tensor.scalar(scalar, dtype: dtype)
        }
    }
}

extension Tensor {
    /// A converted copy when the dtype differs, without recording it for autograd.
    func cast(to dtype: DType) throws -> Tensor {
        if dtype == self.dtype { return self }
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        copyElements(into: result, from: self)
        return result
    }

    /// The element-wise `a op b` with broadcasting and PyTorch's type promotion, recorded for autograd.
    ///
    /// ```swift
    /// try Tensor.arithmetic(.multiply, .tensor(t), .scalar(2))   // t * 2
    /// ```
    public static func arithmetic(
        _ operation: ArithmeticOperation, _ a: TensorOperand, _ b: TensorOperand
    ) throws -> Tensor {
        var dtype = resultType(of: [a, b])
        if operation == .divide && !dtype.isFloatingPoint { dtype = .float32 }
        try checkOperands(operation, a, b, resultType: dtype)
        if operation == .power, dtype == .bool, case .scalar(let exponent) = b {
            // PyTorch computes `t ** 1` as a copy and `t ** 0` as ones: the only powers a bool tensor has.
            return exponent.doubleValue == 0 ? try ones(a.shape, dtype: .bool) : try a.materialized(as: .bool).clone()
        }
        let shape = try broadcastShapes(a.shape, b.shape)
        let x = try a.materialized(as: dtype)
        let y = try b.materialized(as: dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        try arithmeticKernel(operation, BinaryOperands(result, x, y))
        guard a.requiresGrad || b.requiresGrad, TensorContext.current.isGradEnabled else { return result }
        return try recordArithmetic(operation, result: result, a, b, x, y)
    }

    /// PyTorch's refusals that depend on the operands' own dtypes rather than on the result's.
    private static func checkOperands(
        _ operation: ArithmeticOperation, _ a: TensorOperand, _ b: TensorOperand, resultType: DType
    ) throws {
        func isBool(_ operand: TensorOperand) -> Bool {
            switch operand {
            case .tensor(let tensor): tensor.dtype == .bool
            case .scalar(let scalar): scalar.dtype == .bool
            }
        }
        if operation == .subtract && isBool(a) && isBool(b) {
            throw TensorError(
                .invalidArgument,
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
                    + "`logical_xor()` operator instead.")
        }
        if operation == .subtract && (isBool(a) || isBool(b)) {
            throw TensorError(
                .invalidArgument,
                "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a "
                    + "mask, use the `~` or `logical_not()` operator instead.")
        }
        // Only a negative integer *number* is refused; a tensor of exponents gives 0 (or ±1) where negative.
        if operation == .power, resultType.isInteger, case .scalar(.int(let exponent)) = b, exponent < 0 {
            throw TensorError(.invalidArgument, "Integers to negative integer powers are not allowed.")
        }
    }

    /// Records `result = a op b` for autograd; `x` and `y` are the operands as tensors of the result's dtype.
    private static func recordArithmetic(
        _ operation: ArithmeticOperation, result: Tensor, _ a: TensorOperand, _ b: TensorOperand,
        _ x: Tensor, _ y: Tensor
    ) throws -> Tensor {
        let shapeA = a.shape
        let shapeB = b.shape
        let inputs = [a.tensor, b.tensor]
        switch operation {
        case .add:
            return result.recordingGradient("AddBackward0", inputs: inputs) { g in
                [try g.sumToShape(shapeA), try g.sumToShape(shapeB)]
            }
        case .subtract:
            let name = a.tensor == nil ? "RsubBackward1" : "SubBackward0"
            return result.recordingGradient(name, inputs: inputs) { g in
                [try g.sumToShape(shapeA), try (-g).sumToShape(shapeB)]
            }
        case .multiply:
            return result.recordingGradient("MulBackward0", inputs: inputs) { g in
                [try (g * y).sumToShape(shapeA), try (g * x).sumToShape(shapeB)]
            }
        case .divide:
            // PyTorch computes `number / t` as `t.reciprocal() * number`, so its node is a multiplication.
            let name = a.tensor == nil ? "MulBackward0" : "DivBackward0"
            return result.recordingGradient(name, inputs: inputs) { g in
                [try (g / y).sumToShape(shapeA), try (-g * x / (y * y)).sumToShape(shapeB)]
            }
        case .power:
            let name = b.tensor == nil ? "PowBackward0" : a.tensor == nil ? "PowBackward2" : "PowBackward1"
            let output = result.detach()  // not `result`: that would be a reference cycle through gradFn
            return result.recordingGradient(name, inputs: inputs) { g in
                // PyTorch's zeros where the formulas give 0 * inf: exponent 0 (for the base), and base 0 with a
                // non-negative exponent (for the exponent).
                let zero = TensorOperand.scalar(.int(0))
                var gradA: Tensor?
                var gradB: Tensor?
                if a.requiresGrad {
                    gradA = try (g * which(y == 0, zero, .tensor(y * (x ** (y - 1))))).sumToShape(shapeA)
                }
                if b.requiresGrad {
                    gradB = try (g * which((x == 0) & (y >= 0), zero, .tensor(output * x.log()))).sumToShape(shapeB)
                }
                return [gradA, gradB]
            }
        case .maximum, .minimum:
            let name = operation == .maximum ? "MaximumBackward0" : "MinimumBackward0"
            let comparison: ComparisonOperation = operation == .maximum ? .greater : .less
            return result.recordingGradient(name, inputs: inputs) { g in
                // Ties split the gradient evenly, as PyTorch does.
                let ties = try Tensor.compare(.equal, .tensor(x), .tensor(y)).cast(to: g.dtype) * 0.5
                let wins = try Tensor.compare(comparison, .tensor(x), .tensor(y)).cast(to: g.dtype)
                let losses = try Tensor.compare(comparison, .tensor(y), .tensor(x)).cast(to: g.dtype)
                return [try (g * (wins + ties)).sumToShape(shapeA), try (g * (losses + ties)).sumToShape(shapeB)]
            }
        case .remainder:
            // PyTorch's node for a number divisor (`t % 2`) is RemainderBackward0, for a tensor divisor ...1.
            let name = b.tensor == nil ? "RemainderBackward0" : "RemainderBackward1"
            return result.recordingGradient(name, inputs: inputs) { g in
                [try g.sumToShape(shapeA), b.requiresGrad ? try (-g * (x / y).floor()).sumToShape(shapeB) : nil]
            }
        }
    }

    /// The element-wise comparison `a op b`, a bool tensor.
    ///
    /// ```swift
    /// try Tensor.compare(.greater, .tensor(preds), .scalar(0.5))   // preds > 0.5
    /// ```
    public static func compare(
        _ operation: ComparisonOperation, _ a: TensorOperand, _ b: TensorOperand
    ) throws -> Tensor {
        let dtype = resultType(of: [a, b])
        let shape = try broadcastShapes(a.shape, b.shape)
        let x = try a.materialized(as: dtype)
        let y = try b.materialized(as: dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: .bool)
        comparisonKernel(operation, BinaryOperands(result, x, y))
        return result
    }

    /// The element-wise logical (bool) or bitwise (integer) `a op b`.
    ///
    /// ```swift
    /// try Tensor.bitwise(.and, .tensor(isThree), .tensor(isCorrect))   // isThree & isCorrect
    /// ```
    public static func bitwise(_ operation: BitwiseOperation, _ a: TensorOperand, _ b: TensorOperand) throws -> Tensor {
        let dtype = resultType(of: [a, b])
        let shape = try broadcastShapes(a.shape, b.shape)
        let x = try a.materialized(as: dtype)
        let y = try b.materialized(as: dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        try bitwiseKernel(operation, BinaryOperands(result, x, y))
        return result
    }
}
