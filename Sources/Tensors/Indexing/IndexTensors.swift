extension Tensor {
    /// `self[i, j]` with several index tensors (`indices[k]` at dimension `dims[k]`), as PyTorch reads them: the
    /// index tensors broadcast together, and the result has their broadcast shape where the indexed dimensions
    /// were when those are next to each other, or first when other dimensions stand between them. The book's
    /// `sm_acts[idx, targ]` picks one element of each row:
    ///
    /// ```swift
    /// let probs = try tensor([[0.6, 0.4], [0.1, 0.9]])
    /// try probs[.tensor(arange(0, 2)), .tensor(tensor([1, 1]))]   // tensor([0.4000, 0.9000])
    /// ```
    ///
    /// Built from views and a one-index gather, so gradients flow as for one index tensor (`IndexBackward0`).
    func advancedIndex(_ indices: [Tensor], at dims: [Int]) throws -> Tensor {
        var common = indices[0].shape
        for index in indices.dropFirst() {
            do {
                common = try broadcastShapes(common, index.shape)
            } catch {
                throw TensorError(
                    .indexOutOfRange,
                    "shape mismatch: indexing tensors could not be broadcast together with shapes "
                        + indices.map { shapeText($0.shape) }.joined(separator: ", "))
            }
        }
        // One position into the indexed dimensions taken together, row-major, for each element of `common`.
        let sizes = dims.map { shape[$0] }
        var flatPositions = [Int64](repeating: 0, count: common.reduce(1, *))
        var step = 1
        for (index, (dim, size)) in zip(indices, zip(dims, sizes)).reversed() {
            let positions = try index.positions(along: dim, size: size, broadcastTo: common)
            for slot in flatPositions.indices { flatPositions[slot] += Int64(positions[slot] * step) }
            step *= size
        }
        let others = (0..<ndim).filter { !dims.contains($0) }
        let flattened = try permute(dims + others).reshape([step] + others.map { shape[$0] })
        let gathered = try flattened.advancedIndex(Tensor(shape: common, elements: flatPositions), at: 0)
        // Indexed dimensions side by side keep their place (`x[:, i, j]`); apart, they come first (`x[i, :, j]`).
        let first = dims[0]
        guard dims == Array(first..<(first + dims.count)), first > 0 else { return gathered }
        let order = Array(common.count..<(common.count + first)) + Array(0..<common.count)
        return try gathered.permute(order + Array((common.count + first)..<gathered.ndim))
    }

    /// The positions an index tensor names along a dimension of `size` (negative ones counted from the end),
    /// repeated as broadcasting to `shape` repeats them, in row-major order.
    func positions(along dim: Int, size: Int, broadcastTo shape: [Int]) throws -> [Int] {
        guard dtype == .int64 || dtype == .int32 else {
            throw TensorError(.invalidArgument, "tensors used as indices must be long, int, byte or bool tensors")
        }
        let values = try cast(to: .int64).expand(shape).contiguous()
        let pointer = values.pointer(as: Int64.self)
        return try (0..<values.count).map { i in
            let position = Int(pointer[i])
            guard position >= -size && position < size else {
                throw TensorError(
                    .indexOutOfRange, "index \(position) is out of bounds for dimension \(dim) with size \(size)")
            }
            return position < 0 ? position + size : position
        }
    }
}
