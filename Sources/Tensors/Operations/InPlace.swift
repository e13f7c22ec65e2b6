extension Tensor {
    /// `self = self op other` in place, keeping this tensor's dtype and shape; every view of the same storage
    /// sees the change (PyTorch's `add_`, `sub_`, ...).
    ///
    /// ```swift
    /// try p.data.updateInPlace(.subtract, .tensor(lr * p.grad!))   // p.data -= lr * p.grad!
    /// ```
    public func updateInPlace(_ operation: ArithmeticOperation, _ other: TensorOperand) throws {
        try checkInPlaceUpdate(involving: other.requiresGrad)
        let result = try noGrad { try Tensor.arithmetic(operation, .tensor(self), other) }
        guard result.shape == shape else {
            throw TensorError(
                .shapeMismatch,
                "output with shape \(shapeText(shape)) doesn't match the broadcast shape \(shapeText(result.shape))")
        }
        guard result.dtype.category <= dtype.category else {
            throw TensorError(
                .dtypeMismatch,
                "result type \(result.dtype.scalarTypeName) can't be cast to the desired output type "
                    + dtype.scalarTypeName)
        }
        copyElements(into: self, from: result)
    }

    /// Adds `other` in place (`add_`).
    public func addInPlace(_ other: Tensor) throws {
        try updateInPlace(.add, .tensor(other))
    }

    /// Sets every element to zero and returns this tensor (`zero_()`): `p.grad!.zero()`.
    @discardableResult
    public func zero() throws -> Tensor {
        try fill(.int(0))
    }

    /// Sets every element to `value` and returns this tensor (`fill_()`).
    @discardableResult
    public func fill(_ value: Scalar) throws -> Tensor {
        try checkInPlaceUpdate(involving: false)
        fill(with: value)
        return self
    }

    /// Copies `source` (broadcast to this shape, cast to this dtype) into this tensor (`copy_()`).
    public func copy(from source: Tensor) throws {
        try checkInPlaceUpdate(involving: source.requiresGrad)
        // PyTorch expands the source to this shape, and reports a mismatch in `expand`'s words.
        if source.ndim <= ndim { _ = try noGrad { try source.expand(shape) } }
        guard try broadcastShapes(shape, source.shape) == shape else {
            throw TensorError(
                .shapeMismatch,
                "output with shape \(shapeText(shape)) doesn't match the broadcast shape "
                    + shapeText(try broadcastShapes(shape, source.shape)))
        }
        copyElements(into: self, from: source)
    }

    /// Rejects in-place updates that autograd cannot allow, with PyTorch's messages.
    func checkInPlaceUpdate(involving otherRequiresGrad: Bool) throws {
        guard TensorContext.current.isGradEnabled else { return }
        if requiresGrad && isLeaf && viewBase == nil {
            throw TensorError(.autograd, "a leaf Variable that requires grad is being used in an in-place operation.")
        }
        if let base = viewBase, base.requiresGrad, base.isLeaf {
            throw TensorError(
                .autograd, "a view of a leaf Variable that requires grad is being used in an in-place operation.")
        }
        if requiresGrad || otherRequiresGrad {
            throw TensorError(
                .autograd,
                "in-place operations on tensors that are part of an autograd graph are not supported; "
                    + "use an out-of-place operation (a = a + b) or wrap the update in noGrad { }")
        }
    }
}
