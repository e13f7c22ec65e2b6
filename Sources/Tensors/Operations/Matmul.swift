/// The matrix product with `torch.matmul`'s rules: vectors are promoted to matrices and back, leading (batch)
/// dimensions broadcast. Python's `a @ b`.
///
/// ```swift
/// try matmul(trainX, weights)   // [12396, 784] x [784, 1] -> [12396, 1]
/// ```
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.ndim > 0 && b.ndim > 0 else {
        throw TensorError(
            .invalidArgument,
            "both arguments to matmul need to be at least 1D, but they are \(a.ndim)D and \(b.ndim)D")
    }
    if a.ndim == 1 && b.ndim == 1 && a.dtype != b.dtype {
        throw TensorError(
            .dtypeMismatch,
            "dot : expected both vectors to have same dtype, but found \(a.dtype.scalarTypeName) and "
                + b.dtype.scalarTypeName)
    }
    guard a.dtype == b.dtype else {
        throw TensorError(
            .dtypeMismatch,
            "expected m1 and m2 to have the same dtype, but got: \(a.dtype.cTypeName) != \(b.dtype.cTypeName)")
    }
    let left =
        a.ndim == 1 ? a.detach().makeView(shape: [1] + a.shape, strides: [0] + a.strides, offset: a.storageOffset) : a
    let right =
        b.ndim == 1 ? b.detach().makeView(shape: b.shape + [1], strides: b.strides + [0], offset: b.storageOffset) : b
    let m = left.shape[left.ndim - 2]
    let k = left.shape[left.ndim - 1]
    let n = right.shape[right.ndim - 1]
    // Batches first: PyTorch reports a batch mismatch before an inner-size one.
    let batch = try broadcastShapes(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
    guard right.shape[right.ndim - 2] == k else { throw matmulShapeError(a, b, batch: batch) }
    let outShape = batch + [m, n]
    let result = try Tensor(uninitializedShape: outShape, dtype: a.dtype)
    matmulKernel(
        out: result, left, left.broadcastStrides(to: batch + [m, k]), right, right.broadcastStrides(to: batch + [k, n]))
    var finalShape = batch
    if a.ndim > 1 { finalShape.append(m) }
    if b.ndim > 1 { finalShape.append(n) }
    let output =
        finalShape == outShape
        ? result : result.makeView(shape: finalShape, strides: contiguousStrides(for: finalShape), offset: 0)
    let name =
        switch (a.ndim, b.ndim) {
        case (1, 1): "DotBackward0"
        case (2, 2): "MmBackward0"
        case (2, 1): "MvBackward0"
        case (1, 2): "SqueezeBackward4"
        case (2, _): "CloneBackward0"
        default: "UnsafeViewBackward0"
        }
    return output.recordingGradient(name, inputs: [a, b]) { g in
        // Work in the promoted (at least 2-D) shapes, then sum broadcast batches away and drop added dims.
        let g2 = try g.reshape(outShape)
        let leftMatrix = try a.reshape(left.shape)
        let rightMatrix = try b.reshape(right.shape)
        let gradA =
            try a.requiresGrad ? matmul(g2, rightMatrix.transpose(-1, -2)).sumToShape(left.shape).reshape(a.shape) : nil
        let gradB =
            try b.requiresGrad ? matmul(leftMatrix.transpose(-1, -2), g2).sumToShape(right.shape).reshape(b.shape) : nil
        return [gradA, gradB]
    }
}

extension Tensor {
    /// The matrix product `self @ other` (`matmul`).
    public func matmul(_ other: Tensor) throws -> Tensor { try Tensors.matmul(self, other) }
}

/// PyTorch's message for operands whose inner dimensions differ; `batch` is the broadcast batch shape.
private func matmulShapeError(_ a: Tensor, _ b: Tensor, batch: [Int]) -> TensorError {
    if a.ndim == 1 && b.ndim == 1 {
        return TensorError(
            .shapeMismatch,
            "inconsistent tensor size, expected tensor [\(a.shape[0])] and src [\(b.shape[0])] to have the same "
                + "number of elements, but got \(a.shape[0]) and \(b.shape[0]) elements respectively")
    }
    let rowsA = a.ndim == 1 ? 1 : a.shape.dropLast().reduce(1, *)
    let columnsA = a.shape[a.ndim - 1]
    if b.ndim == 1 {
        // Batches of `a` are folded into its rows for a matrix-vector product.
        return TensorError(
            .shapeMismatch, "size mismatch, got input (\(rowsA)), mat (\(rowsA)x\(columnsA)), vec (\(b.shape[0]))")
    }
    if b.ndim >= 3 {
        // A batched product (`bmm`) over the broadcast batches.
        let batches = batch.reduce(1, *)
        return TensorError(
            .shapeMismatch,
            "Expected size for first two dimensions of batch2 tensor to be: [\(batches), \(columnsA)] but got: "
                + "[\(batches), \(b.shape[b.ndim - 2])].")
    }
    let rowsB = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
    let columnsB = b.ndim == 1 ? 1 : b.shape[b.ndim - 1]
    return TensorError(
        .shapeMismatch,
        "mat1 and mat2 shapes cannot be multiplied (\(rowsA)x\(columnsA) and \(rowsB)x\(columnsB))")
}
