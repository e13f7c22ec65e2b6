extension Tensor {
    /// This tensor with elements of `dtype`: the tensor itself when it already has that dtype, else a converted
    /// copy (`ToCopyBackward0` in the graph).
    ///
    /// ```swift
    /// try tensor([1, 2]).to(.float32)   // tensor([1., 2.])
    /// ```
    public func to(_ dtype: DType) throws -> Tensor {
        if dtype == self.dtype { return self }
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        copyElements(into: result, from: self)
        guard dtype.isFloatingPoint else { return result }
        let sourceType = self.dtype
        return result.recordingGradient("ToCopyBackward0", inputs: [self]) { gradient in
            [try gradient.to(sourceType)]
        }
    }

    /// A float32 copy (`.float()`).
    public func float() throws -> Tensor { try to(.float32) }
    /// A float64 copy (`.double()`).
    public func double() throws -> Tensor { try to(.float64) }
    /// An int64 copy (`.long()`).
    public func long() throws -> Tensor { try to(.int64) }
    /// An int32 copy (`.int()`).
    public func int() throws -> Tensor { try to(.int32) }
    /// A uint8 copy (`.byte()`).
    public func byte() throws -> Tensor { try to(.uint8) }
    /// A bool copy (`.bool()`).
    public func bool() throws -> Tensor { try to(.bool) }

    /// PyTorch's legacy type name: `"torch.LongTensor"`.
    public func type() -> String { dtype.legacyTypeName }

    /// A contiguous copy with its own storage (`CloneBackward0` in the graph).
    ///
    /// ```swift
    /// let copy = try t.clone()
    /// ```
    public func clone() throws -> Tensor {
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        copyElements(into: result, from: self)
        return result.recordingGradient("CloneBackward0", inputs: [self]) { [$0] }
    }

    /// This tensor if its elements are laid out row-major without gaps, else a contiguous copy.
    public func contiguous() throws -> Tensor {
        isContiguous ? self : try clone()
    }

    /// The same elements without autograd history: shares storage, does not require grad.
    public func detach() -> Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: storageOffset, dtype: dtype)
    }

    /// The tensor's data outside autograd (`.data`): shares storage, so in-place updates of it change this tensor,
    /// and they are not recorded (`p.data -= lr * p.grad!`).
    public var data: Tensor { detach() }

    /// Marks this tensor as requiring gradients and returns it (`requires_grad_()`).
    ///
    /// ```swift
    /// let w = randn([784, 1]).requiresGrad()
    /// ```
    @discardableResult
    public func requiresGrad(_ flag: Bool = true) throws -> Tensor {
        guard isLeaf else {
            throw TensorError(
                .autograd,
                "you can only change requires_grad flags of leaf variables. If you want to use a computed "
                    + "variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        guard !flag || dtype.isFloatingPoint else {
            throw TensorError(.autograd, "only Tensors of floating point dtype can require gradients")
        }
        requiresGrad = flag
        return self
    }
}
