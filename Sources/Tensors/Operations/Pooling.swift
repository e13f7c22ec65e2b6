/// The maximum of each `kernelSize` window of the last two dimensions (`F.max_pool2d`), for `[N, C, H, W]` or
/// `[C, H, W]` tensors of any dtype but bool; recorded as `MaxPool2DWithIndicesBackward0`, whose gradient goes to
/// each window's maximum. Windows step by `stride` (the kernel size when omitted); the padding counts as -infinity.
///
/// ```swift
/// try maxPool2d(x, kernelSize: 2)                 // [64, 8, 28, 28] -> [64, 8, 14, 14]
/// try maxPool2d(x, kernelSize: 3, stride: 2, padding: 1)
/// ```
public func maxPool2d(
    _ input: Tensor, kernelSize: ConvPair, stride: ConvPair? = nil, padding: ConvPair = 0, dilation: ConvPair = 1,
    ceilMode: Bool = false
) throws -> Tensor {
    let geometry = try PoolGeometry.maxPooling(
        input, kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode)
    let x = try noGrad { try input.contiguous() }
    let output = try Tensor(uninitializedShape: geometry.outShape, dtype: input.dtype)
    let indices = try Tensor(uninitializedShape: [geometry.planes * geometry.outPlane], dtype: .int64)
    let positions = indices.pointer(as: Int64.self)
    switch input.dtype {
    case .float32: geometry.maxForward(x, Float.self, output: output, indices: positions, lowest: -.infinity)
    case .float64: geometry.maxForward(x, Double.self, output: output, indices: positions, lowest: -.infinity)
    case .uint8: geometry.maxForward(x, UInt8.self, output: output, indices: positions, lowest: .min)
    case .int32: geometry.maxForward(x, Int32.self, output: output, indices: positions, lowest: .min)
    case .int64: geometry.maxForward(x, Int64.self, output: output, indices: positions, lowest: .min)
    case .bool: throw TensorError(.dtypeMismatch, "\"max_pool2d\" not implemented for 'Bool'")
    }
    return output.recordingGradient("MaxPool2DWithIndicesBackward0", inputs: [input]) { gradient in
        let g = try gradient.contiguous()
        let result = try Tensor(zerosShape: input.shape, dtype: g.dtype)
        let source = UnsafePointer(positions)
        if g.dtype == .float32 {
            geometry.maxBackward(g.constPointer(Float.self), indices: source, into: result.pointer(as: Float.self))
        } else {
            geometry.maxBackward(g.constPointer(Double.self), indices: source, into: result.pointer(as: Double.self))
        }
        _ = indices  // the positions live in `indices`' storage
        return [result]
    }
}

/// The mean of each `kernelSize` window of the last two dimensions (`F.avg_pool2d`), for float and int64 tensors
/// (integer means truncate, as in PyTorch); recorded as `AvgPool2DBackward0`. With `countIncludePad` (the
/// default) the zeros of the padding count in the mean; `divisorOverride` replaces the window size as divisor.
///
/// ```swift
/// try avgPool2d(x, kernelSize: 2)                 // [64, 8, 28, 28] -> [64, 8, 14, 14]
/// ```
public func avgPool2d(
    _ input: Tensor, kernelSize: ConvPair, stride: ConvPair? = nil, padding: ConvPair = 0, ceilMode: Bool = false,
    countIncludePad: Bool = true, divisorOverride: Int? = nil
) throws -> Tensor {
    let geometry = try PoolGeometry.averagePooling(
        input, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
        divisorOverride: divisorOverride)
    let x = try noGrad { try input.contiguous() }
    let output = try Tensor(uninitializedShape: geometry.outShape, dtype: input.dtype)
    let include = countIncludePad
    switch input.dtype {
    case .float32:
        geometry.averageForward(
            x.constPointer(Float.self), output: output.pointer(as: Float.self), countIncludePad: include,
            divisorOverride: divisorOverride, add: +, divide: { $0 / Float($1) })
    case .float64:
        geometry.averageForward(
            x.constPointer(Double.self), output: output.pointer(as: Double.self), countIncludePad: include,
            divisorOverride: divisorOverride, add: +, divide: { $0 / Double($1) })
    case .int64:
        geometry.averageForward(
            x.constPointer(Int64.self), output: output.pointer(as: Int64.self), countIncludePad: include,
            divisorOverride: divisorOverride, add: &+, divide: { $0 / Int64($1) })
    case .bool, .uint8, .int32:
        throw TensorError(
            .dtypeMismatch, "\"avg_pool2d\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    return output.recordingGradient("AvgPool2DBackward0", inputs: [input]) { gradient in
        let g = try gradient.contiguous()
        let result = try Tensor(zerosShape: input.shape, dtype: g.dtype)
        if g.dtype == .float32 {
            geometry.averageBackward(
                g.constPointer(Float.self), into: result.pointer(as: Float.self), countIncludePad: include,
                divisorOverride: divisorOverride)
        } else {
            geometry.averageBackward(
                g.constPointer(Double.self), into: result.pointer(as: Double.self), countIncludePad: include,
                divisorOverride: divisorOverride)
        }
        return [result]
    }
}

/// The mean over `outputSize` windows that tile the last two dimensions as evenly as possible
/// (`F.adaptive_avg_pool2d`), recorded as `AdaptiveAvgPool2DBackward0`. An output of 1x1 is the mean over the
/// last two dimensions (`MeanBackward1`), as PyTorch computes it.
///
/// ```swift
/// try adaptiveAvgPool2d(x, outputSize: 1)     // [64, 32, 4, 4] -> [64, 32, 1, 1]
/// ```
public func adaptiveAvgPool2d(_ input: Tensor, outputSize: ConvPair) throws -> Tensor {
    guard outputSize.values.count == 2 else {
        throw TensorError(.invalidArgument, "adaptive_avg_pool2d: output_size must be 2")
    }
    let (outHeight, outWidth) = (outputSize.values[0], outputSize.values[1])
    guard outHeight >= 0 && outWidth >= 0 else {
        throw TensorError(
            .invalidArgument,
            "adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received "
                + "{\(outHeight), \(outWidth)}")
    }
    if outHeight == 1 && outWidth == 1 { return try input.mean([-1, -2], keepdim: true) }
    guard input.ndim == 3 || input.ndim == 4 else {
        throw TensorError(
            .shapeMismatch, "adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got \(shapeText(input.shape))")
    }
    for dim in [input.ndim - 2, input.ndim - 1] where input.shape[dim] == 0 {
        throw TensorError(
            .shapeMismatch,
            "adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has "
                + "sizes \(shapeText(input.shape)) with dimension \(dim) being empty")
    }
    guard input.dtype.isFloatingPoint else {
        throw TensorError(
            .dtypeMismatch, "\"adaptive_avg_pool2d\" not implemented for '\(input.dtype.scalarTypeName)'")
    }
    let pooling = AdaptivePooling(
        planes: input.shape.dropLast(2).reduce(1, *),
        rows: AdaptiveWindows(size: input.shape[input.ndim - 2], outSize: outHeight),
        columns: AdaptiveWindows(size: input.shape[input.ndim - 1], outSize: outWidth))
    let x = try noGrad { try input.contiguous() }
    let output = try Tensor(uninitializedShape: input.shape.dropLast(2) + [outHeight, outWidth], dtype: input.dtype)
    if input.dtype == .float32 {
        pooling.forward(x.constPointer(Float.self), output: output.pointer(as: Float.self))
    } else {
        pooling.forward(x.constPointer(Double.self), output: output.pointer(as: Double.self))
    }
    return output.recordingGradient("AdaptiveAvgPool2DBackward0", inputs: [input]) { gradient in
        let g = try gradient.contiguous()
        let result = try Tensor(zerosShape: input.shape, dtype: g.dtype)
        if g.dtype == .float32 {
            pooling.backward(g.constPointer(Float.self), into: result.pointer(as: Float.self))
        } else {
            pooling.backward(g.constPointer(Double.self), into: result.pointer(as: Double.self))
        }
        return [result]
    }
}

extension PoolGeometry {
    /// Max pooling of the contiguous `input` as elements of `T` into `output`.
    fileprivate func maxForward<T: NumericScalar>(
        _ input: Tensor, _ type: T.Type, output: Tensor, indices: UnsafeMutablePointer<Int64>, lowest: T
    ) {
        maxForward(input.constPointer(T.self), output: output.pointer(as: T.self), indices: indices, lowest: lowest)
    }
}

extension Tensor {
    /// A read-only typed pointer to the first element of this view.
    func constPointer<T>(_ type: T.Type) -> UnsafePointer<T> { UnsafePointer(pointer(as: T.self)) }
}
