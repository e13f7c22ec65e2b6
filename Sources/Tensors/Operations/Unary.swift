extension Tensor {
    /// Applies an element-wise function, recording it for autograd.
    ///
    /// ```swift
    /// try t.unary(.sigmoid)   // t.sigmoid()
    /// ```
    public func unary(_ operation: UnaryOperation) throws -> Tensor {
        let dtype = operation.promotesIntegers && !self.dtype.isFloatingPoint ? DType.float32 : self.dtype
        let input = try cast(to: dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        try unaryKernel(operation, UnaryOperands(out: result, input: input, inputStrides: input.strides))
        guard requiresGrad, TensorContext.current.isGradEnabled else { return result }
        let x = input
        // Backward closures use a detached alias of the result: capturing `result` itself would make a cycle
        // (result -> gradFn -> closure -> result) and leak every graph.
        let y = result.detach()
        switch operation {
        case .negate: return result.recordingGradient("NegBackward0", inputs: [self]) { g in [try -g] }
        case .abs: return result.recordingGradient("AbsBackward0", inputs: [self]) { g in [try g * x.sign()] }
        case .sqrt: return result.recordingGradient("SqrtBackward0", inputs: [self]) { g in [try g / (2 * y)] }
        case .exp: return result.recordingGradient("ExpBackward0", inputs: [self]) { g in [try g * y] }
        case .log: return result.recordingGradient("LogBackward0", inputs: [self]) { g in [try g / x] }
        case .sigmoid:
            return result.recordingGradient("SigmoidBackward0", inputs: [self]) { g in
                [try g * y * (1 - y)]
            }
        case .relu:
            return result.recordingGradient("ReluBackward0", inputs: [self]) { g in [try reluGradient(g, y)] }
        case .tanh:
            return result.recordingGradient("TanhBackward0", inputs: [self]) { g in [try g * (1 - y * y)] }
        case .reciprocal:
            return result.recordingGradient("ReciprocalBackward0", inputs: [self]) { g in [try -g * y * y] }
        case .floor, .ceil, .round, .sign:
            let name = "\(operation.pytorchName.capitalized)Backward0"
            return result.recordingGradient(name, inputs: [self]) { g in [try zerosLike(g)] }
        }
    }

    /// The negation (`-t`).
    public func neg() throws -> Tensor { try unary(.negate) }
    /// The absolute values (`abs()`).
    public func abs() throws -> Tensor { try unary(.abs) }
    /// The square roots (`sqrt()`); integers give float32.
    public func sqrt() throws -> Tensor { try unary(.sqrt) }
    /// e to the elements (`exp()`).
    public func exp() throws -> Tensor { try unary(.exp) }
    /// The natural logarithms (`log()`).
    public func log() throws -> Tensor { try unary(.log) }
    /// The logistic function 1 / (1 + e^-x) (`sigmoid()`).
    public func sigmoid() throws -> Tensor { try unary(.sigmoid) }
    /// max(x, 0) (`relu()`).
    public func relu() throws -> Tensor { try unary(.relu) }
    /// The hyperbolic tangents (`tanh()`).
    public func tanh() throws -> Tensor { try unary(.tanh) }
    /// Rounds down (`floor()`).
    public func floor() throws -> Tensor { try unary(.floor) }
    /// Rounds up (`ceil()`).
    public func ceil() throws -> Tensor { try unary(.ceil) }
    /// Rounds half to even (`round()`).
    public func round() throws -> Tensor { try unary(.round) }
    /// -1, 0 or 1 by sign (`sign()`).
    public func sign() throws -> Tensor { try unary(.sign) }
    /// 1 / x (`reciprocal()`); integers give float32.
    public func reciprocal() throws -> Tensor { try unary(.reciprocal) }

    /// Element-wise square (`square()`), recorded as `PowBackward0` like PyTorch.
    public func square() throws -> Tensor { try self ** 2 }

    /// Limits every element to `min...max` (`clamp`); either bound may be left out. The bounds take part in type
    /// promotion as numbers do in `t + 0.5`: an integer tensor clamped by `0.5` gives float32.
    ///
    /// ```swift
    /// try t.clamp(min: 0)        // ClampBackward1, as PyTorch records clamp(min=0)
    /// try t.clamp(min: 0, max: 1)
    /// ```
    public func clamp(min low: Scalar? = nil, max high: Scalar? = nil) throws -> Tensor {
        guard low != nil || high != nil else {
            throw TensorError(.invalidArgument, "torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let dtype = resultType(of: [.tensor(self)] + [low, high].compactMap { $0.map(TensorOperand.scalar) })
        let input = try cast(to: dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        clampKernel(
            UnaryOperands(out: result, input: input, inputStrides: input.strides), low: low?.doubleValue,
            high: high?.doubleValue)
        guard requiresGrad, TensorContext.current.isGradEnabled else { return result }
        let x = self
        return result.recordingGradient("ClampBackward1", inputs: [self]) { g in
            // Strictly inside the bounds, as PyTorch 2.15's clamp_backward: a value at a bound gets no gradient.
            var mask = try ones(x.shape, dtype: .bool)
            if let low { mask = try mask & Tensor.compare(.greater, .tensor(x), .scalar(low)) }
            if let high { mask = try mask & Tensor.compare(.less, .tensor(x), .scalar(high)) }
            return [try g * mask.cast(to: g.dtype)]
        }
    }

    /// The element-wise maximum with `other` (`t.max(tensor(0.0))`, `torch.maximum`).
    public func max(_ other: Tensor) throws -> Tensor { try Tensor.arithmetic(.maximum, .tensor(self), .tensor(other)) }
    /// The element-wise minimum with `other` (`torch.minimum`).
    public func min(_ other: Tensor) throws -> Tensor { try Tensor.arithmetic(.minimum, .tensor(self), .tensor(other)) }

    /// The element-wise power (`pow`).
    public func pow(_ exponent: Scalar) throws -> Tensor {
        try Tensor.arithmetic(.power, .tensor(self), .scalar(exponent))
    }

    /// Logical not for bool tensors, bitwise not for integers (`~t`).
    public func bitwiseNot() throws -> Tensor {
        guard !dtype.isFloatingPoint else {
            throw TensorError(
                .dtypeMismatch, "~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        try bitwiseNotKernel(UnaryOperands(out: result, input: self, inputStrides: strides))
        return result
    }
}

/// `which(condition, a, b)`: elements of `a` where `condition` holds, of `b` elsewhere, with broadcasting
/// (`torch.where`; `where` is a Swift keyword).
///
/// ```swift
/// try which(targets == 1, 1 - predictions, predictions)
/// ```
public func which(_ condition: Tensor, _ a: TensorOperand, _ b: TensorOperand) throws -> Tensor {
    let dtype = resultType(of: [a, b])
    guard condition.dtype == .bool else {
        throw TensorError(
            .dtypeMismatch,
            "where expected condition to be a boolean tensor, but got a tensor with dtype "
                + condition.dtype.scalarTypeName)
    }
    let shape = try broadcastShapes(broadcastShapes(condition.shape, a.shape), b.shape)
    let mask = condition
    let x = try a.materialized(as: dtype)
    let y = try b.materialized(as: dtype)
    let result = try Tensor(uninitializedShape: shape, dtype: dtype)
    struct Visitor: ElementTypeVisitor {
        let result: Tensor, mask: Tensor, x: Tensor, y: Tensor
        func visit<T: TensorScalar>(_ type: T.Type) {
            let shape = result.shape
            selectElements(
                shape: shape, out: result.pointer(as: T.self),
                UnsafePointer(mask.pointer(as: Bool.self)), mask.broadcastStrides(to: shape),
                UnsafePointer(x.pointer(as: T.self)), x.broadcastStrides(to: shape),
                UnsafePointer(y.pointer(as: T.self)), y.broadcastStrides(to: shape))
        }
    }
    dtype.dispatch(Visitor(result: result, mask: mask, x: x, y: y))
    let shapeA = a.shape
    let shapeB = b.shape
    return result.recordingGradient("WhereBackward0", inputs: [a.tensor, b.tensor]) { g in
        let zero = try zerosLike(g)
        return [
            try which(mask, .tensor(g), .tensor(zero)).sumToShape(shapeA),
            try which(mask, .tensor(zero), .tensor(g)).sumToShape(shapeB),
        ]
    }
}

/// `which(condition, a, b)` for two tensors.
public func which(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    try which(condition, .tensor(a), .tensor(b))
}

/// ReLU's input gradient for the incoming gradient `g` (a float tensor of the result's shape) and the result
/// `y`, in one pass (PyTorch's `threshold_backward`).
private func reluGradient(_ g: Tensor, _ y: Tensor) throws -> Tensor {
    let operands = try BinaryOperands(Tensor(uninitializedShape: g.shape, dtype: g.dtype), g, y.cast(to: g.dtype))
    if g.dtype == .float64 {
        operands.map(FloatReluGradient<Double>())
    } else {
        operands.map(FloatReluGradient<Float>())
    }
    return operands.out
}
