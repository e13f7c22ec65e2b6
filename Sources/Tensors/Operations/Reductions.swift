extension Tensor {
    /// The normalised, de-duplicated dimensions for a reduction; an empty list means every dimension.
    private func reductionDims(_ dims: [Int]) throws -> Set<Int> {
        if dims.isEmpty { return Set(0..<ndim) }
        var result: Set<Int> = []
        for dim in dims {
            let normalized = try normalizeDimension(dim, rank: ndim)
            guard result.insert(normalized).inserted else {
                throw TensorError(.invalidArgument, "dim \(normalized) appears multiple times in the list of dims")
            }
        }
        return ndim == 0 ? [] : result
    }

    /// Sums without recording; floats keep their dtype, integers and bools give int64.
    private func rawSum(_ dims: Set<Int>, keepdim: Bool) throws -> Tensor {
        let plan = ReductionPlan(self, dims: dims, keepdim: keepdim)
        switch dtype {
        case .float32:
            let result = try Tensor(uninitializedShape: plan.outputShape, dtype: .float32)
            sumFloatKernel(UnsafePointer(pointer(as: Float.self)), plan: plan, out: result.pointer(as: Float.self))
            return result
        case .float64:
            let result = try Tensor(uninitializedShape: plan.outputShape, dtype: .float64)
            sumFloatKernel(UnsafePointer(pointer(as: Double.self)), plan: plan, out: result.pointer(as: Double.self))
            return result
        case .bool, .uint8, .int32, .int64:
            struct Visitor: ElementTypeVisitor {
                let input: Tensor, plan: ReductionPlan, result: Tensor
                func visit<T: TensorScalar>(_ type: T.Type) {
                    sumIntegerKernel(
                        UnsafePointer(input.pointer(as: T.self)), plan: plan, out: result.pointer(as: Int64.self))
                }
            }
            let result = try Tensor(uninitializedShape: plan.outputShape, dtype: .int64)
            dtype.dispatch(Visitor(input: self, plan: plan, result: result))
            return result
        }
    }

    /// The gradient of a reduction's output, shaped back to the input's shape (broadcasting over reduced dims).
    private func expandReducedGradient(_ g: Tensor, dims: Set<Int>, keepdim: Bool) throws -> Tensor {
        var gradient = g
        if !keepdim {
            for dim in dims.sorted() { gradient = try gradient.unsqueeze(dim) }
        }
        return try gradient.expand(shape)
    }

    /// The sum of all elements (`sum()`): floats keep their dtype, integers and bools give int64.
    ///
    /// ```swift
    /// try tensor([[1, 2], [3, 4]]).sum()   // tensor(10)
    /// ```
    public func sum() throws -> Tensor { try sum([], keepdim: false) }

    /// The sum over one dimension (`sum(1)`, `sum(1, keepdim: true)`).
    public func sum(_ dim: Int, keepdim: Bool = false) throws -> Tensor { try sum([dim], keepdim: keepdim) }

    /// The sum over several dimensions (`sum([-1, -2])`); an empty list sums everything.
    public func sum(_ dims: [Int], keepdim: Bool = false) throws -> Tensor {
        let reduced = try reductionDims(dims)
        let result = try rawSum(reduced, keepdim: keepdim)
        let name = dims.isEmpty ? "SumBackward0" : "SumBackward1"
        let input = self
        return result.recordingGradient(name, inputs: [self]) { g in
            [try input.expandReducedGradient(g, dims: reduced, keepdim: keepdim)]
        }
    }

    /// The mean of all elements (`mean()`); integer tensors are an error, as in PyTorch.
    ///
    /// ```swift
    /// try stacked.mean(0)   // the mean image
    /// ```
    public func mean() throws -> Tensor { try mean([], keepdim: false) }

    /// The mean over one dimension (`mean(0)`).
    public func mean(_ dim: Int, keepdim: Bool = false) throws -> Tensor { try mean([dim], keepdim: keepdim) }

    /// The mean over several dimensions (`mean([-1, -2])`); an empty list averages everything.
    public func mean(_ dims: [Int], keepdim: Bool = false) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError(
                .dtypeMismatch,
                "mean(): could not infer output dtype. Input dtype must be either a floating point or complex "
                    + "dtype. Got: \(dtype.scalarTypeName)")
        }
        let reduced = try reductionDims(dims)
        let divisor = reduced.reduce(1) { $0 * shape[$1] }
        let result = try noGrad { try rawSum(reduced, keepdim: keepdim) / divisor }
        let name = dims.isEmpty ? "MeanBackward0" : "MeanBackward1"
        let input = self
        return result.recordingGradient(name, inputs: [self]) { g in
            [try input.expandReducedGradient(g / divisor, dims: reduced, keepdim: keepdim)]
        }
    }

    /// The standard deviation with Bessel's correction by default (`std()`); `correction: 0` for the population.
    public func std(correction: Int = 1) throws -> Tensor { try std([], correction: correction, keepdim: false) }

    /// The standard deviation over one dimension.
    public func std(_ dim: Int, correction: Int = 1, keepdim: Bool = false) throws -> Tensor {
        try std([dim], correction: correction, keepdim: keepdim)
    }

    /// The standard deviation over several dimensions.
    public func std(_ dims: [Int], correction: Int = 1, keepdim: Bool = false) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError(.dtypeMismatch, "std and var only support floating point and complex dtypes")
        }
        let reduced = try reductionDims(dims)
        let count = reduced.reduce(1) { $0 * shape[$1] }
        let (result, centered) = try noGrad {
            let centered = try self - rawSum(reduced, keepdim: true) / count
            let total = try (centered * centered).sum(Array(reduced), keepdim: keepdim)
            return (try (total / Swift.max(count - correction, 0)).sqrt(), centered)
        }
        let input = self
        let output = result.detach()
        return result.recordingGradient("StdBackward0", inputs: [self]) { g in
            let scaled = try g / (output * Double(Swift.max(count - correction, 0)))
            return [try input.expandReducedGradient(scaled, dims: reduced, keepdim: keepdim) * centered]
        }
    }

    /// The extreme values and their indices over `dims`; `operation` and `dim` (the one dimension asked for, if
    /// any) name the call in PyTorch's errors for empty reductions.
    private func rawExtremum(
        _ extremum: Extremum, dims: Set<Int>, keepdim: Bool, operation: String, dim: Int?
    ) throws -> (Tensor, Tensor) {
        let plan = ReductionPlan(self, dims: dims, keepdim: keepdim)
        guard plan.reducedCount > 0 else {
            if let dim {
                throw TensorError(
                    .invalidArgument, "\(operation)(): Expected reduction dim \(dim) to have non-zero size.")
            }
            let advice = operation.hasPrefix("arg") ? "" : " Specify the reduction dim with the 'dim' argument."
            throw TensorError(
                .invalidArgument,
                "\(operation)(): Expected reduction dim to be specified for input.numel() == 0.\(advice)")
        }
        let values = try Tensor(uninitializedShape: plan.outputShape, dtype: dtype)
        let indices = try Tensor(uninitializedShape: plan.outputShape, dtype: .int64)
        struct Visitor: ElementTypeVisitor {
            let input: Tensor, plan: ReductionPlan, extremum: Extremum, values: Tensor, indices: Tensor
            func visit<T: TensorScalar>(_ type: T.Type) {
                extremumKernel(
                    UnsafePointer(input.pointer(as: T.self)), plan: plan, extremum,
                    values: values.pointer(as: T.self), indices: indices.pointer(as: Int64.self))
            }
        }
        dtype.dispatch(Visitor(input: self, plan: plan, extremum: extremum, values: values, indices: indices))
        return (values, indices)
    }

    private func extremum(_ extremum: Extremum) throws -> Tensor {
        let (values, _) = try rawExtremum(
            extremum, dims: Set(0..<ndim), keepdim: false, operation: extremum == .maximum ? "max" : "min", dim: nil)
        let input = self
        let name = extremum == .maximum ? "MaxBackward1" : "MinBackward1"
        let output = values.detach()
        return values.recordingGradient(name, inputs: [self]) { g in
            // The gradient is shared evenly among the elements equal to the extreme value.
            let hits = try (input == output).cast(to: g.dtype)
            return [try hits * (g / hits.sum())]
        }
    }

    private func extremum(_ extremum: Extremum, dim: Int, keepdim: Bool) throws -> (values: Tensor, indices: Tensor) {
        let position = try normalizeDimension(dim, rank: ndim)
        let dims: Set<Int> = ndim == 0 ? [] : [position]
        let (values, indices) = try rawExtremum(
            extremum, dims: dims, keepdim: keepdim, operation: extremum == .maximum ? "max" : "min", dim: position)
        let input = self
        let name = extremum == .maximum ? "MaxBackward0" : "MinBackward0"
        values.recordingGradient(name, inputs: [self]) { g in
            [try input.scatterGradient(g, indices: indices, dim: position, keepdim: keepdim)]
        }
        return (values, indices)
    }

    /// Sends each gradient element to the input position its index names along `dim`.
    private func scatterGradient(_ g: Tensor, indices: Tensor, dim: Int, keepdim: Bool) throws -> Tensor {
        guard ndim > 0 else { return g }
        let gradient = keepdim ? g : try g.unsqueeze(dim)
        let index = keepdim ? indices : try indices.unsqueeze(dim)
        var positionsShape = [Int](repeating: 1, count: ndim)
        positionsShape[dim] = shape[dim]
        let positions = try arange(.int(0), .int(shape[dim])).view(positionsShape)
        let hits = try (positions == index).cast(to: g.dtype)
        return try hits * gradient
    }

    /// The largest element (`max()`).
    public func max() throws -> Tensor { try extremum(.maximum) }
    /// The smallest element (`min()`).
    public func min() throws -> Tensor { try extremum(.minimum) }

    /// The largest elements along `dim` and their positions (`max(dim)`).
    ///
    /// ```swift
    /// let (values, indices) = try t.max(1)
    /// ```
    public func max(_ dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremum(.maximum, dim: dim, keepdim: keepdim)
    }

    /// The smallest elements along `dim` and their positions (`min(dim)`).
    public func min(_ dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremum(.minimum, dim: dim, keepdim: keepdim)
    }

    /// The flat index of the largest element (`argmax()`).
    public func argmax() throws -> Tensor {
        try rawExtremum(.maximum, dims: Set(0..<ndim), keepdim: false, operation: "argmax", dim: nil).1
    }

    /// The positions of the largest elements along `dim` (`argmax(1)`).
    public func argmax(_ dim: Int, keepdim: Bool = false) throws -> Tensor {
        let position = try normalizeDimension(dim, rank: ndim)
        return try rawExtremum(.maximum, dims: [position], keepdim: keepdim, operation: "argmax", dim: position).1
    }

    /// The flat index of the smallest element (`argmin()`).
    public func argmin() throws -> Tensor {
        try rawExtremum(.minimum, dims: Set(0..<ndim), keepdim: false, operation: "argmin", dim: nil).1
    }

    /// The positions of the smallest elements along `dim`.
    public func argmin(_ dim: Int, keepdim: Bool = false) throws -> Tensor {
        let position = try normalizeDimension(dim, rank: ndim)
        return try rawExtremum(.minimum, dims: [position], keepdim: keepdim, operation: "argmin", dim: position).1
    }
}
