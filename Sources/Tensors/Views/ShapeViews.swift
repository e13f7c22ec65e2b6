extension Tensor {
    /// A view with another shape over the same elements (`view`); one size may be `-1`. Fails, as in PyTorch, when
    /// the layout does not allow a view (use `reshape`).
    ///
    /// ```swift
    /// try stacked.view(-1, 28 * 28)   // [6131, 784]
    /// ```
    public func view(_ shape: Int...) throws -> Tensor { try view(shape) }

    /// `view` with the shape as an array.
    public func view(_ shape: [Int]) throws -> Tensor {
        let newShape = try inferShape(shape, count: count)
        guard let newStrides = viewStrides(oldShape: self.shape, oldStrides: strides, newShape: newShape) else {
            throw TensorError(
                .invalidArgument,
                "view size is not compatible with input tensor's size and stride (at least one dimension spans "
                    + "across two contiguous subspaces). Use .reshape(...) instead.")
        }
        return viewRecorded("ViewBackward0", shape: newShape, strides: newStrides, offset: storageOffset) { g, input in
            try g.reshape(input.shape)
        }
    }

    /// The elements with another shape (`reshape`): a view when the layout allows one, else a copy.
    public func reshape(_ shape: Int...) throws -> Tensor { try reshape(shape) }

    /// `reshape` with the shape as an array.
    public func reshape(_ shape: [Int]) throws -> Tensor {
        let newShape = try inferShape(shape, count: count)
        if viewStrides(oldShape: self.shape, oldStrides: strides, newShape: newShape) != nil {
            return try view(newShape)
        }
        let copy = try noGrad { try clone() }
        let result = copy.makeView(shape: newShape, strides: contiguousStrides(for: newShape), offset: 0)
        let inputShape = self.shape
        return result.recordingGradient("UnsafeViewBackward0", inputs: [self]) { g in [try g.reshape(inputShape)] }
    }

    /// All elements in one dimension, or dimensions `startDim...endDim` merged (`flatten`).
    public func flatten(_ startDim: Int = 0, _ endDim: Int = -1) throws -> Tensor {
        if ndim == 0 { return try reshape([1]) }
        let start = try normalizeDimension(startDim, rank: ndim)
        let end = try normalizeDimension(endDim, rank: ndim)
        guard start <= end else {
            throw TensorError(.invalidArgument, "flatten() has invalid args: start_dim cannot come after end_dim")
        }
        let merged = shape[start...end].reduce(1, *)
        return try reshape(Array(shape[..<start]) + [merged] + Array(shape[(end + 1)...]))
    }

    /// A view with dimensions `dim0` and `dim1` swapped (`transpose`).
    public func transpose(_ dim0: Int, _ dim1: Int) throws -> Tensor {
        let a = try normalizeDimension(dim0, rank: ndim)
        let b = try normalizeDimension(dim1, rank: ndim)
        var order = Array(0..<ndim)
        if ndim > 0 { order.swapAt(a, b) }
        return try permuted(order, name: "TransposeBackward0")
    }

    /// The transpose of a matrix (`t()`); vectors and scalars are returned as they are.
    public func t() throws -> Tensor {
        guard ndim <= 2 else {
            throw TensorError(.invalidArgument, "t() expects a tensor with <= 2 dimensions, but self is \(ndim)D")
        }
        return try permuted(Array((0..<ndim).reversed()), name: "TBackward0")
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// The tensor with its dimensions reversed (`.T`).
    public var T: Tensor {
        get throws { try permuted(Array((0..<ndim).reversed()), name: "PermuteBackward0") }
    }

    /// A view with the dimensions in the given order (`permute`).
    ///
    /// ```swift
    /// try t.permute(2, 0, 1)
    /// ```
    public func permute(_ dims: Int...) throws -> Tensor { try permute(dims) }

    /// `permute` with the order as an array.
    public func permute(_ dims: [Int]) throws -> Tensor {
        guard dims.count == ndim else {
            throw TensorError(
                .invalidArgument,
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the "
                    + "desired ordering of dimensions i.e. input.dim() = \(ndim) is not equal to len(dims) = "
                    + "\(dims.count)")
        }
        let order = try dims.map { try normalizeDimension($0, rank: ndim) }
        guard Set(order).count == order.count else {
            throw TensorError(.invalidArgument, "permute(): duplicate dims are not allowed.")
        }
        return try permuted(order, name: "PermuteBackward0")
    }

    private func permuted(_ order: [Int], name: String) throws -> Tensor {
        let newShape = order.map { shape[$0] }
        let newStrides = order.map { strides[$0] }
        return viewRecorded(name, shape: newShape, strides: newStrides, offset: storageOffset) { g, _ in
            var inverse = [Int](repeating: 0, count: order.count)
            for (position, dim) in order.enumerated() { inverse[dim] = position }
            return try g.permute(inverse)
        }
    }

    /// A view with a new dimension of size 1 at `dim` (`unsqueeze`).
    public func unsqueeze(_ dim: Int) throws -> Tensor {
        let position = try normalizeDimension(dim, rank: ndim + 1)
        var newShape = shape
        var newStrides = strides
        let stride = position < ndim ? shape[position] * strides[position] : 1
        newShape.insert(1, at: position)
        newStrides.insert(stride, at: position)
        return viewRecorded("UnsqueezeBackward0", shape: newShape, strides: newStrides, offset: storageOffset) { g, _ in
            try g.squeeze(position)
        }
    }

    /// A view without the dimensions of size 1 (`squeeze()`).
    public func squeeze() throws -> Tensor {
        let kept = shape.indices.filter { shape[$0] != 1 }
        return viewRecorded(
            "SqueezeBackward0", shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: storageOffset
        ) { g, input in try g.reshape(input.shape) }
    }

    /// A view without dimension `dim` if its size is 1 (`squeeze(dim)`); otherwise the same shape.
    public func squeeze(_ dim: Int) throws -> Tensor {
        let position = try normalizeDimension(dim, rank: ndim)
        var newShape = shape
        var newStrides = strides
        if ndim > 0 && shape[position] == 1 {
            newShape.remove(at: position)
            newStrides.remove(at: position)
        }
        return viewRecorded("SqueezeBackward1", shape: newShape, strides: newStrides, offset: storageOffset) {
            g, input in
            try g.reshape(input.shape)
        }
    }

    /// A view repeating dimensions of size 1 to `shape` without copying (`expand`); `-1` keeps a size.
    public func expand(_ shape: Int...) throws -> Tensor { try expand(shape) }

    /// `expand` with the shape as an array.
    public func expand(_ shape: [Int]) throws -> Tensor {
        guard shape.count >= ndim else {
            throw TensorError(
                .invalidArgument,
                "expand(\(dtype.legacyTypeName){\(shapeText(self.shape))}, size=\(shapeText(shape))): the number "
                    + "of sizes provided (\(shape.count)) must be greater or equal to the number of dimensions in "
                    + "the tensor (\(ndim))")
        }
        let lead = shape.count - ndim
        var newShape = shape
        var newStrides = [Int](repeating: 0, count: shape.count)
        for dim in shape.indices {
            if dim < lead {
                guard shape[dim] >= 0 else {
                    throw TensorError(
                        .invalidArgument,
                        "The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension \(dim)"
                    )
                }
                continue
            }
            let size = self.shape[dim - lead]
            if shape[dim] == -1 || shape[dim] == size {
                newShape[dim] = size
                newStrides[dim] = strides[dim - lead]
            } else if size == 1 {
                newStrides[dim] = 0
            } else {
                throw TensorError(
                    .shapeMismatch,
                    "The expanded size of the tensor (\(shape[dim])) must match the existing size (\(size)) at "
                        + "non-singleton dimension \(dim).  Target sizes: \(shapeText(shape)).  Tensor sizes: "
                        + "\(shapeText(self.shape))")
            }
        }
        // Negative sizes (other than -1) and element counts past Int.max, in PyTorch's words.
        let (_, overflow) = newShape.reduce((1, false)) { partial, size in
            let (product, overflow) = partial.0.multipliedReportingOverflow(by: size)
            return (product, partial.1 || overflow || size < 0)
        }
        guard !overflow else { throw TensorError(.invalidArgument, "numel: integer multiplication overflow") }
        return viewRecorded("ExpandBackward0", shape: newShape, strides: newStrides, offset: storageOffset) {
            g, input in
            try g.sumToShape(input.shape)
        }
    }

    /// A view over the same storage, recorded for autograd with `backward(gradient, self)`.
    func viewRecorded(
        _ name: String, shape: [Int], strides: [Int], offset: Int,
        backward: @escaping (Tensor, Tensor) throws -> Tensor
    ) -> Tensor {
        let result = makeView(shape: shape, strides: strides, offset: offset)
        let input = self
        return result.recordingGradient(name, inputs: [self]) { g in [try backward(g, input)] }
    }
}
