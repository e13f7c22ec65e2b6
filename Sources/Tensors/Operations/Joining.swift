/// Joins tensors of one shape along a new dimension (`torch.stack`).
///
/// ```swift
/// try stack(threeTensors).float() / 255   // [6131, 28, 28]
/// ```
public func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first else {
        throw TensorError(.invalidArgument, "stack expects a non-empty TensorList")
    }
    for (index, tensor) in tensors.enumerated() where tensor.shape != first.shape {
        throw TensorError(
            .shapeMismatch,
            "stack expects each tensor to be equal size, but got \(shapeText(first.shape)) at entry 0 and "
                + "\(shapeText(tensor.shape)) at entry \(index)")
    }
    let position = try normalizeDimension(dim, rank: first.ndim + 1)
    let result = try concatenate(tensors, dim: position, stacking: true)
    return result.recordingGradient("StackBackward0", inputs: tensors) { g in
        try (0..<tensors.count).map { index in try g.select(position, index) }
    }
}

/// Joins tensors along an existing dimension (`torch.cat`); sizes must match in every other dimension.
///
/// ```swift
/// try cat([threes, sevens]).view(-1, 28 * 28)
/// ```
public func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first(where: { $0.shape != [0] }) ?? tensors.first else {
        throw TensorError(.invalidArgument, "torch.cat(): expected a non-empty list of Tensors")
    }
    guard first.ndim > 0 else {
        throw TensorError(.invalidArgument, "zero-dimensional tensor (at position 0) cannot be concatenated")
    }
    let position = try normalizeDimension(dim, rank: first.ndim)
    // Legacy rule kept by PyTorch: 1-D empty tensors are skipped.
    let parts = tensors.filter { $0.shape != [0] || first.shape == [0] }
    for (index, tensor) in parts.enumerated() {
        guard tensor.ndim == first.ndim else {
            throw TensorError(
                .shapeMismatch,
                "Tensors must have same number of dimensions: got \(first.ndim) and \(tensor.ndim)")
        }
        for axis in 0..<first.ndim where axis != position && tensor.shape[axis] != first.shape[axis] {
            throw TensorError(
                .shapeMismatch,
                "Sizes of tensors must match except in dimension \(position). Expected size \(first.shape[axis]) "
                    + "but got size \(tensor.shape[axis]) for tensor number \(index) in the list.")
        }
    }
    let result = try concatenate(parts, dim: position, stacking: false)
    let sizes = parts.map { $0.shape[position] }
    return result.recordingGradient("CatBackward0", inputs: parts) { g in
        var start = 0
        return try sizes.map { size in
            defer { start += size }
            return try g.narrow(position, start, size)
        }
    }
}

/// Copies `parts` side by side along `dim` into a new tensor, without recording. Joining (`stacking` false), the
/// parts are equal in every dimension but `dim`; stacking, they have one shape and each fills one index of a new
/// dimension `dim`.
private func concatenate(_ parts: [Tensor], dim: Int, stacking: Bool) throws -> Tensor {
    let dtype = parts.dropFirst().reduce(parts[0].dtype) { promote($0, $1.dtype) }
    let extents = parts.map { stacking ? 1 : $0.shape[dim] }
    var shape = parts[0].shape
    if stacking {
        shape.insert(parts.count, at: dim)
    } else {
        shape[dim] = extents.reduce(0, +)
    }
    let result = try Tensor(uninitializedShape: shape, dtype: dtype)
    var starts: [Int] = []
    var start = 0
    for extent in extents {
        starts.append(start)
        start += extent
    }
    // Each part fills `outer` blocks of the result, one per index of the dimensions before `dim`.
    let outer = shape[..<dim].reduce(1, *)
    let inner = shape[(dim + 1)...].reduce(1, *)
    let itemSize = dtype.itemSize
    let base = result.storage.bytes
    let copy = { (index: Int) in
        let part = parts[index]
        if part.dtype == dtype && part.isContiguous {
            // The common case (images of one dtype): plain block copies, no view objects.
            let blockBytes = extents[index] * inner * itemSize
            let source = UnsafeRawPointer(part.storage.bytes + part.storageOffset * itemSize)
            for block in 0..<outer {
                let target = base + (block * shape[dim] + starts[index]) * inner * itemSize
                target.copyMemory(from: source + block * blockBytes, byteCount: blockBytes)
            }
        } else {
            var source = part
            if stacking {
                var partShape = part.shape
                var partStrides = part.strides
                partShape.insert(1, at: dim)
                partStrides.insert(0, at: dim)
                source = part.makeView(shape: partShape, strides: partStrides, offset: part.storageOffset)
            }
            let target = result.makeView(
                shape: source.shape, strides: result.strides, offset: starts[index] * result.strides[dim])
            copyElements(into: target, from: source)
        }
    }
    // Many small parts (stacking thousands of images) are copied in parallel, a range of parts per task.
    let partGrain = Swift.max(1, Parallelism.grain / Swift.max(1, result.count / Swift.max(parts.count, 1)))
    Parallelism.forEachRange(count: parts.count, grain: partGrain) { range in
        for index in range { copy(index) }
    }
    return result
}
