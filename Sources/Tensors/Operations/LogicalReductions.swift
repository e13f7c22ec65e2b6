extension Tensor {
    /// Whether every element is non-zero (`torch.all`): a 0-d bool tensor, or uint8 for a uint8 input, as
    /// PyTorch keeps it. NaN counts as non-zero; an empty tensor gives `true`.
    ///
    /// ```swift
    /// try (preds > 0.5).all()   // tensor(False)
    /// ```
    public func all() throws -> Tensor { try logicalReduction(dim: nil, keepdim: false, requireEvery: true) }

    /// Whether every element along `dim` is non-zero (`all(1)`, `all(1, keepdim: true)`).
    public func all(_ dim: Int, keepdim: Bool = false) throws -> Tensor {
        try logicalReduction(dim: dim, keepdim: keepdim, requireEvery: true)
    }

    /// Whether any element is non-zero (`torch.any`); an empty tensor gives `false`.
    ///
    /// ```swift
    /// try grads.isNaN().any()
    /// ```
    public func any() throws -> Tensor { try logicalReduction(dim: nil, keepdim: false, requireEvery: false) }

    /// Whether any element along `dim` is non-zero (`any(0)`, `any(0, keepdim: true)`).
    public func any(_ dim: Int, keepdim: Bool = false) throws -> Tensor {
        try logicalReduction(dim: dim, keepdim: keepdim, requireEvery: false)
    }

    /// Counts the non-zero elements over everything or `dim` and compares the count with the number of elements
    /// reduced (`all`) or with zero (`any`). Never recorded for gradients, as in PyTorch.
    private func logicalReduction(dim: Int?, keepdim: Bool, requireEvery: Bool) throws -> Tensor {
        try noGrad {
            let nonZero = try Tensor.compare(.notEqual, .tensor(self), .scalar(.int(0)))
            let counts = try dim.map { try nonZero.sum($0, keepdim: keepdim) } ?? nonZero.sum()
            let reducedCount =
                try dim.map { shape.isEmpty ? 1 : shape[try normalizeDimension($0, rank: ndim)] } ?? count
            let result =
                requireEvery
                ? try Tensor.compare(.equal, .tensor(counts), .scalar(.int(reducedCount)))
                : try Tensor.compare(.greater, .tensor(counts), .scalar(.int(0)))
            return dtype == .uint8 ? try result.to(.uint8) : result
        }
    }
}
