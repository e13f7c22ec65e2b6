extension Tensor {
    /// A tensor of `shape` with every element `value`, of `dtype` (by default the scalar's own dtype).
    ///
    /// ```swift
    /// try Tensor.full([2], 7)   // tensor([7, 7])
    /// ```
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> Tensor {
        let result = try Tensor(uninitializedShape: shape, dtype: dtype ?? value.dtype)
        result.fill(with: value)
        return result
    }

    /// A zero-dimensional tensor holding `value` (as `tensor(3.0)`).
    public static func scalar(_ value: Scalar, dtype: DType? = nil) throws -> Tensor {
        try full([], value, dtype: dtype)
    }
}

/// A tensor of zeros (`torch.zeros`); float32 unless `dtype` says otherwise.
///
/// ```swift
/// try zeros([2, 3])
/// ```
public func zeros(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    // PyTorch 2.15 checks `zeros` sizes with its own message (the other factories share `empty`'s).
    guard shape.allSatisfy({ $0 >= 0 }) else {
        throw TensorError(.invalidArgument, "zeros: Dimension size must be non-negative.")
    }
    return try Tensor(zerosShape: shape, dtype: dtype)
}

/// A tensor of ones (`torch.ones`); float32 unless `dtype` says otherwise.
///
/// ```swift
/// try ones([3])   // tensor([1., 1., 1.])
/// ```
public func ones(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    try Tensor.full(shape, .int(1), dtype: dtype)
}

/// A tensor filled with `value` (`torch.full`): int64 for an integer, float32 for a double, bool for a Bool.
///
/// ```swift
/// try full([2], 7)   // tensor([7, 7])
/// ```
public func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> Tensor {
    try Tensor.full(shape, value, dtype: dtype)
}

/// A tensor of zeros with the shape and dtype of `other` (`torch.zeros_like`).
public func zerosLike(_ other: Tensor) throws -> Tensor {
    try Tensor(zerosShape: other.shape, dtype: other.dtype)
}

/// A tensor of ones with the shape and dtype of `other` (`torch.ones_like`).
public func onesLike(_ other: Tensor) throws -> Tensor {
    try Tensor.full(other.shape, .int(1), dtype: other.dtype)
}
