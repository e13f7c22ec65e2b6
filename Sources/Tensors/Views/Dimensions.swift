/// Turns a possibly negative dimension into an index in `0..<rank`, with PyTorch's error text when it is out of
/// range. A zero-dimensional tensor accepts `0` and `-1`, as in PyTorch.
func normalizeDimension(_ dim: Int, rank: Int) throws -> Int {
    let extent = Swift.max(rank, 1)
    guard dim >= -extent && dim < extent else {
        throw TensorError(
            .indexOutOfRange,
            "Dimension out of range (expected to be in range of [\(-extent), \(extent - 1)], but got \(dim))")
    }
    return dim < 0 ? dim + extent : dim
}

/// Resolves a requested shape with at most one `-1` against an element count (`view(-1, 28 * 28)`).
func inferShape(_ shape: [Int], count: Int) throws -> [Int] {
    var result = shape
    var inferred: Int?
    var known = 1
    for (dim, size) in shape.enumerated() {
        if size == -1 {
            guard inferred == nil else { throw TensorError(.invalidArgument, "only one dimension can be inferred") }
            inferred = dim
        } else if size < 0 {
            throw TensorError(
                .invalidArgument, "invalid shape dimension \(size) at index \(dim) of shape \(shapeText(shape))")
        } else {
            let (product, overflow) = known.multipliedReportingOverflow(by: size)
            guard !overflow else { throw TensorError(.invalidArgument, "shape '\(shapeText(shape))' is too large") }
            known = product
        }
    }
    if let inferred {
        guard known != 0, count % known == 0 else {
            throw TensorError(.shapeMismatch, "shape '\(shapeText(shape))' is invalid for input of size \(count)")
        }
        result[inferred] = count / known
    } else if known != count {
        throw TensorError(.shapeMismatch, "shape '\(shapeText(shape))' is invalid for input of size \(count)")
    }
    return result
}

/// The strides that let a tensor of `oldShape`/`oldStrides` be viewed as `newShape` without copying, or `nil`
/// when the layout does not allow it (PyTorch's `computeStride`).
func viewStrides(oldShape: [Int], oldStrides: [Int], newShape: [Int]) -> [Int]? {
    if oldShape.isEmpty { return [Int](repeating: 1, count: newShape.count) }
    let count = oldShape.reduce(1, *)
    if count == 0 { return oldShape == newShape ? oldStrides : contiguousStrides(for: newShape) }
    var newStrides = [Int](repeating: 0, count: newShape.count)
    var viewDim = newShape.count - 1
    var chunkBaseStride = oldStrides[oldStrides.count - 1]
    var tensorCount = 1
    var viewCount = 1
    for tensorDim in stride(from: oldShape.count - 1, through: 0, by: -1) {
        tensorCount *= oldShape[tensorDim]
        let chunkEnds =
            tensorDim == 0
            || (oldShape[tensorDim - 1] != 1 && oldStrides[tensorDim - 1] != tensorCount * chunkBaseStride)
        guard chunkEnds else { continue }
        while viewDim >= 0 && (viewCount < tensorCount || newShape[viewDim] == 1) {
            newStrides[viewDim] = viewCount * chunkBaseStride
            viewCount *= newShape[viewDim]
            viewDim -= 1
        }
        if viewCount != tensorCount { return nil }
        if tensorDim > 0 {
            chunkBaseStride = oldStrides[tensorDim - 1]
            tensorCount = 1
            viewCount = 1
        }
    }
    return viewDim == -1 ? newStrides : nil
}
