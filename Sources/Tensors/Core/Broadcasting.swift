/// The shape two shapes broadcast to, by NumPy's and PyTorch's rule: align on the right; sizes must match or one
/// of them be 1.
///
/// ```swift
/// try broadcastShapes([1010, 28, 28], [28, 28])   // [1010, 28, 28]
/// ```
public func broadcastShapes(_ a: [Int], _ b: [Int]) throws -> [Int] {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    // From the last dimension, as PyTorch does: the error names the innermost mismatch.
    for dim in stride(from: rank - 1, through: 0, by: -1) {
        let sizeA = dim - (rank - a.count) >= 0 ? a[dim - (rank - a.count)] : 1
        let sizeB = dim - (rank - b.count) >= 0 ? b[dim - (rank - b.count)] : 1
        if sizeA == sizeB || sizeB == 1 {
            result[dim] = sizeA
        } else if sizeA == 1 {
            result[dim] = sizeB
        } else {
            throw TensorError(
                .shapeMismatch,
                "The size of tensor a (\(sizeA)) must match the size of tensor b (\(sizeB)) at non-singleton "
                    + "dimension \(dim)")
        }
    }
    return result
}

extension Tensor {
    /// The strides that read this tensor as if it had `shape` (which it must broadcast to): 0 along dimensions
    /// it is repeated over.
    func broadcastStrides(to shape: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: shape.count)
        let lead = shape.count - self.shape.count
        for dim in self.shape.indices where self.shape[dim] != 1 {
            result[lead + dim] = strides[dim]
        }
        return result
    }

    /// Sums a gradient of a broadcast result back to `shape`, the shape of the operand that was broadcast.
    func sumToShape(_ shape: [Int]) throws -> Tensor {
        if self.shape == shape { return self }
        let lead = self.shape.count - shape.count
        var dims = Array(0..<lead)
        for dim in shape.indices where shape[dim] == 1 && self.shape[lead + dim] != 1 {
            dims.append(lead + dim)
        }
        var reduced = dims.isEmpty ? self : try sum(dims, keepdim: true)
        if lead > 0 {
            reduced = try reduced.reshape(shape)
        }
        return reduced
    }
}
