extension Tensor {
    /// The positions along `dim` that an index tensor or a mask selects, with the shape that replaces the indexed
    /// dimensions in the result, after checking them against this tensor.
    private func advancedPositions(
        _ index: Tensor, at dim: Int
    ) throws -> (flattened: Tensor, positions: [Int], shape: [Int]) {
        if index.dtype == .bool || index.dtype == .uint8 {
            let maskDims = Swift.max(index.ndim, 1)
            let covered = Array(shape[dim..<(dim + maskDims)])
            let maskShape = index.ndim == 0 ? [1] : index.shape
            guard covered == maskShape else {
                let at = maskShape.indices.first { maskShape[$0] != covered[$0] } ?? 0
                throw TensorError(
                    .indexOutOfRange,
                    "The shape of the mask \(shapeText(maskShape)) at index \(at) does not match the shape of the "
                        + "indexed tensor \(shapeText(shape)) at index \(dim + at)")
            }
            let flattenedShape = Array(shape[..<dim]) + [covered.reduce(1, *)] + Array(shape[(dim + maskDims)...])
            let flattened = try reshape(flattenedShape)
            let flags = try index.cast(to: .bool).contiguous()
            let pointer = flags.pointer(as: Bool.self)
            let positions = (0..<flags.count).filter { pointer[$0] }
            return (flattened, positions, [positions.count])
        }
        let positions = try index.positions(along: dim, size: shape[dim], broadcastTo: index.shape)
        return (self, positions, index.shape)
    }

    /// `self[..., index, ...]` with the advanced index at `dim`: a copy (`IndexBackward0`).
    func advancedIndex(_ index: Tensor, at dim: Int) throws -> Tensor {
        let (source, positions, indexShape) = try advancedPositions(index, at: dim)
        var gatheredShape = source.shape
        gatheredShape[dim] = positions.count
        let gathered = try Tensor(uninitializedShape: gatheredShape, dtype: dtype)
        for (slot, position) in positions.enumerated() {
            copyElements(
                into: try noGrad { try gathered.select(dim, slot) },
                from: try noGrad { try source.select(dim, position) })
        }
        let resultShape = Array(gatheredShape[..<dim]) + indexShape + Array(gatheredShape[(dim + 1)...])
        let result = gathered.makeView(shape: resultShape, strides: contiguousStrides(for: resultShape), offset: 0)
        let inputShape = shape
        let sourceShape = source.shape
        return result.recordingGradient("IndexBackward0", inputs: [self]) { g in
            let flat = try g.reshape(gatheredShape)
            let gradient = try zeros(sourceShape, dtype: g.dtype)
            for (slot, position) in positions.enumerated() {
                try gradient.select(dim, position).addInPlace(flat.select(dim, slot))
            }
            return [try gradient.reshape(inputShape)]
        }
    }

    /// `self[..., index, ...] = value` with the advanced index at `dim`, written into this view's storage.
    func advancedAssign(_ index: Tensor, at dim: Int, value: TensorOperand) throws {
        if case .scalar(let scalar) = value, index.dtype == .bool,
            index.shape == Array(shape[dim..<(dim + index.ndim)]),
            dim == 0, index.ndim == ndim
        {
            maskedFill(index, with: scalar)
            return
        }
        let maskDims = index.dtype == .bool || index.dtype == .uint8 ? Swift.max(index.ndim, 1) : 1
        let (_, positions, _) = try advancedPositions(index, at: dim)
        let covered = Array(shape[dim..<(dim + maskDims)])
        var selectedShape = shape
        selectedShape.replaceSubrange(dim..<(dim + maskDims), with: [positions.count])
        // The value broadcasts to the shape that reading `self[index]` would give, as in PyTorch.
        let isMask = index.dtype == .bool || index.dtype == .uint8
        let resultShape =
            Array(shape[..<dim]) + (isMask ? [positions.count] : index.shape) + Array(shape[(dim + maskDims)...])
        let expanded = try value.tensor.map { value -> Tensor in
            let source = value.detach()
            guard (try? broadcastShapes(resultShape, source.shape)) == resultShape else {
                throw TensorError(
                    .shapeMismatch,
                    "shape mismatch: value tensor of shape \(shapeText(source.shape)) cannot be broadcast to indexing "
                        + "result of shape \(shapeText(resultShape))")
            }
            return try source.expand(resultShape).reshape(selectedShape)
        }
        for (slot, position) in positions.enumerated() {
            // Walk down to the element block at `position` (a flat index over the covered dims).
            var target = self
            var remainder = position
            var coordinates = [Int](repeating: 0, count: covered.count)
            for axis in stride(from: covered.count - 1, through: 0, by: -1) {
                coordinates[axis] = remainder % covered[axis]
                remainder /= covered[axis]
            }
            for coordinate in coordinates { target = try noGrad { try target.select(dim, coordinate) } }
            if let expanded {
                copyElements(into: target, from: try noGrad { try expanded.select(dim, slot) })
            } else if case .scalar(let scalar) = value {
                target.fill(with: scalar)
            }
        }
    }

    /// Sets the elements where `mask` (same shape) is true to `value`.
    private func maskedFill(_ mask: Tensor, with value: Scalar) {
        struct Visitor: ElementTypeVisitor {
            let target: Tensor, mask: Tensor, value: Scalar
            func visit<T: TensorScalar>(_ type: T.Type) {
                let element: T =
                    switch value {
                    case .bool(let flag): T(castingFrom: Int64(flag ? 1 : 0))
                    case .int(let integer): T(castingFrom: Int64(integer))
                    case .double(let double): T(castingFrom: double)
                    }
                let base = target.pointer(as: T.self)
                let flags = mask.pointer(as: Bool.self)
                let loop = StridedLoop(shape: target.shape, strides: [target.strides, mask.strides])
                let s0 = loop.innerStride(0)
                let s1 = loop.innerStride(1)
                loop.forEachRun(in: 0..<loop.count) { offsets, length in
                    for i in 0..<length where flags[offsets.1 + i * s1] { base[offsets.0 + i * s0] = element }
                }
            }
        }
        dtype.dispatch(Visitor(target: self, mask: mask, value: value))
    }
}
