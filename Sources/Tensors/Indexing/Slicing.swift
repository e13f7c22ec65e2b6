extension Tensor {
    /// The view at `index` along `dim`, without that dimension (`select`; `t[1]` is `select(0, 1)`).
    public func select(_ dim: Int, _ index: Int) throws -> Tensor {
        guard ndim > 0 else {
            throw TensorError(.indexOutOfRange, "select() cannot be applied to a 0-dim tensor.")
        }
        let axis = try normalizeDimension(dim, rank: ndim)
        let size = shape[axis]
        guard index >= -size && index < size else {
            throw TensorError(
                .indexOutOfRange, "index \(index) is out of bounds for dimension \(axis) with size \(size)")
        }
        let position = index < 0 ? index + size : index
        var newShape = shape
        var newStrides = strides
        newShape.remove(at: axis)
        newStrides.remove(at: axis)
        return viewRecorded(
            "SelectBackward0", shape: newShape, strides: newStrides, offset: storageOffset + position * strides[axis]
        ) { g, input in
            let gradient = try zeros(input.shape, dtype: g.dtype)
            try noGrad { try gradient.select(axis, position).copy(from: g) }
            return gradient
        }
    }

    /// The view of `length` positions from `start` along `dim` (`narrow`).
    public func narrow(_ dim: Int, _ start: Int, _ length: Int) throws -> Tensor {
        guard ndim > 0 else { throw TensorError(.indexOutOfRange, "narrow() cannot be applied to a 0-dim tensor.") }
        let size = shape[try normalizeDimension(dim, rank: ndim)]
        guard start >= -size && start <= size else {
            throw TensorError(
                .indexOutOfRange,
                "start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
        }
        let first = start < 0 ? start + size : start
        guard length >= 0 else { throw TensorError(.invalidArgument, "narrow(): length must be non-negative.") }
        guard length <= size - first else {
            throw TensorError(
                .indexOutOfRange, "start (\(first)) + length (\(length)) exceeds dimension size (\(size)).")
        }
        return try slice(dim, start: first, end: first + length, step: 1)
    }

    /// The view of positions `start ..< end` by `step` along `dim`, with Python's clamping of out-of-range bounds
    /// (`t[2:100]` on 10 rows gives rows 2...9).
    public func slice(_ dim: Int, start: Int?, end: Int?, step: Int = 1) throws -> Tensor {
        guard ndim > 0 else { throw TensorError(.indexOutOfRange, "slice() cannot be applied to a 0-dim tensor.") }
        guard step > 0 else { throw TensorError(.invalidArgument, "slice step must be positive") }
        let axis = try normalizeDimension(dim, rank: ndim)
        let size = shape[axis]
        func clamp(_ bound: Int?, default value: Int) -> Int {
            guard let bound else { return value }
            let resolved = bound < 0 ? bound + size : bound
            return Swift.min(Swift.max(resolved, 0), size)
        }
        let first = clamp(start, default: 0)
        let last = Swift.max(clamp(end, default: size), first)
        var newShape = shape
        var newStrides = strides
        newShape[axis] = last > first ? (last - first - 1) / step + 1 : 0  // no overflow for huge steps
        newStrides[axis] = strides[axis] * step
        let count = newShape[axis]
        return viewRecorded(
            "SliceBackward0", shape: newShape, strides: newStrides, offset: storageOffset + first * strides[axis]
        ) { g, input in
            let gradient = try zeros(input.shape, dtype: g.dtype)
            try noGrad {
                try gradient.slice(axis, start: first, end: first + count * step, step: step).copy(from: g)
            }
            return gradient
        }
    }
}
