extension TensorIndex: ExpressibleByIntegerLiteral {
    /// An integer literal indexes one position: `t[1]`.
    public init(integerLiteral value: Int) { self = .index(value) }
}

/// A subscript resolved against a tensor: the view that the basic indices select, and the advanced indices (a
/// mask, or index tensors) still to apply, each at its dimension of that view.
private struct ResolvedSubscript {
    var view: Tensor
    var advanced: [(tensor: Tensor, dim: Int)] = []
}

extension Tensor {
    /// The elements that `indices` select, with PyTorch's rules: integers, slices, whole dimensions and new axes
    /// give a view sharing storage; a bool mask or an index tensor gives a copy.
    ///
    /// ```swift
    /// try t.index([.all, .index(1)])               // t[..., 1], a column
    /// try t.index([.slice(start: 4, end: 15, step: 1), .slice(start: 4, end: 22, step: 1)])
    /// ```
    public func index(_ indices: [TensorIndex]) throws -> Tensor {
        let resolved = try resolve(indices)
        guard let advanced = resolved.advanced.first else {
            guard resolved.view === self else { return resolved.view }
            // `t[:]` and `t[...]` are new views in PyTorch, recorded as a slice or an alias; not `t` itself.
            let isOneFullSlice = indices.count == 1 && { if case .all = indices[0] { true } else { false } }()
            return viewRecorded(
                isOneFullSlice ? "SliceBackward0" : "AliasBackward0", shape: shape, strides: strides,
                offset: storageOffset
            ) { g, _ in g }
        }
        guard resolved.advanced.count == 1 else {
            return try resolved.view.advancedIndex(resolved.advanced.map(\.tensor), at: resolved.advanced.map(\.dim))
        }
        return try resolved.view.advancedIndex(advanced.tensor, at: advanced.dim)
    }

    /// The elements that `indices` select (a throwing subscript for Swift code: `try t[1, .all]`).
    public subscript(_ indices: TensorIndex...) -> Tensor {
        get throws { try index(indices) }
    }

    /// Assigns `value` (a number, or a tensor broadcast to the selection) to the elements `indices` select:
    /// `t[0] = 1`, `t[mask] = 0`. The write goes into this tensor's storage, so every view sees it.
    public func setIndex(_ indices: [TensorIndex], to value: TensorOperand) throws {
        let resolved = try resolve(indices)
        guard resolved.advanced.count <= 1 else {
            throw TensorError(
                .invalidArgument,
                "lesson assigns through one mask or index tensor per subscript (found \(resolved.advanced.count))")
        }
        // Basic indices write through a view (PyTorch's "a view of a leaf Variable ..."), advanced ones into self.
        let target = resolved.advanced.isEmpty && resolved.view !== self ? resolved.view : self
        try target.checkInPlaceUpdate(involving: value.requiresGrad)
        guard let advanced = resolved.advanced.first else {
            switch value {
            case .scalar(let scalar): resolved.view.fill(with: scalar)
            case .tensor(let source): try noGrad { try resolved.view.copy(from: source) }
            }
            return
        }
        try resolved.view.advancedAssign(advanced.tensor, at: advanced.dim, value: value)
    }

    /// Applies the basic indices and locates the (single) advanced one.
    private func resolve(_ indices: [TensorIndex]) throws -> ResolvedSubscript {
        var consumed = 0
        var ellipses = 0
        for index in indices {
            switch index {
            case .index, .slice, .all: consumed += 1
            case .tensor(let tensor):
                consumed += tensor.dtype == .bool || tensor.dtype == .uint8 ? Swift.max(tensor.ndim, 1) : 1
            case .ellipsis: ellipses += 1
            case .newAxis: break
            }
        }
        guard ellipses <= 1 else {
            throw TensorError(.invalidArgument, "an index can only have a single ellipsis ('...')")
        }
        guard consumed <= ndim else {
            throw TensorError(.indexOutOfRange, "too many indices for tensor of dimension \(ndim)")
        }
        var expanded: [TensorIndex] = []
        for index in indices {
            if case .ellipsis = index {
                expanded += [TensorIndex](repeating: .all, count: ndim - consumed)
            } else {
                expanded.append(index)
            }
        }
        var resolved = ResolvedSubscript(view: self)
        var dim = 0
        var sourceDim = 0  // the dimension of `self` that the index applies to, for error messages
        for index in expanded {
            switch index {
            case .index(let position):
                let size = resolved.view.shape[dim]
                guard position >= -size && position < size else {
                    throw TensorError(
                        .indexOutOfRange,
                        "index \(position) is out of bounds for dimension \(sourceDim) with size \(size)")
                }
                resolved.view = try resolved.view.select(dim, position)
                sourceDim += 1
            case .slice(let start, let end, let step):
                resolved.view = try resolved.view.slice(dim, start: start, end: end, step: step)
                dim += 1
                sourceDim += 1
            case .all:
                dim += 1
                sourceDim += 1
            case .newAxis:
                resolved.view = try resolved.view.unsqueeze(dim)
                dim += 1
            case .tensor(let tensor):
                let isMask = tensor.dtype == .bool || tensor.dtype == .uint8
                guard resolved.advanced.isEmpty || !(isMask || resolved.advanced.contains { $0.tensor.isMask }) else {
                    throw TensorError(
                        .invalidArgument, "lesson supports a mask only as the one index tensor of a subscript")
                }
                resolved.advanced.append((tensor, dim))
                let covered = isMask ? Swift.max(tensor.ndim, 1) : 1
                dim += covered
                sourceDim += covered
            case .ellipsis:
                break
            }
        }
        return resolved
    }
}

extension Tensor {
    /// Whether this tensor indexes as a mask (bool or uint8), not as positions.
    fileprivate var isMask: Bool { dtype == .bool || dtype == .uint8 }
}
