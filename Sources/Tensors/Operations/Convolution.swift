/// The 2-D convolution of a batch of images with a set of kernels (`F.conv2d`), recorded as
/// `ConvolutionBackward0` with gradients for the input, the weight and the bias.
///
/// `input` is `[N, C, H, W]` (or `[C, H, W]` for one image), `weight` is `[O, C / groups, kH, kW]`, `bias` is
/// `[O]`; the result is `[N, O, (H + 2·padding − dilation·(kH − 1) − 1) / stride + 1, …]`. Float32 and float64 go
/// through OpenBLAS; integer tensors are convolved with wrap-around arithmetic, as PyTorch does on the CPU.
///
/// ```swift
/// let edges = try conv2d(images, topEdge.view(1, 1, 3, 3))            // [64, 1, 28, 28] -> [64, 1, 26, 26]
/// let y = try conv2d(x, w, bias: b, stride: 2, padding: 1)           // chapter 13's stride-2 layers
/// let z = try conv2d(x, w, padding: [1, 2], dilation: 2, groups: 4)
/// ```
/// - Throws: PyTorch's messages for wrong ranks, channel counts, kernels larger than the padded input, groups that
///   do not divide the channels, bad strides, paddings or dilations, and mixed dtypes.
public func conv2d(
    _ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: ConvPair = 1, padding: ConvPair = 0,
    dilation: ConvPair = 1, groups: Int = 1
) throws -> Tensor {
    let geometry = try ConvolutionGeometry(
        input: input, weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
    if input.ndim == 3 {
        // One image: PyTorch convolves a batch of one and squeezes it away (`SqueezeBackward1` in the graph).
        return try convolve(input.unsqueeze(0), weight, bias, geometry).squeeze(0)
    }
    return try convolve(input, weight, bias, geometry)
}

/// The recorded convolution of a batched `input` whose arguments `geometry` has checked.
private func convolve(
    _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ geometry: ConvolutionGeometry
) throws
    -> Tensor
{
    let (x, w, b) = try noGrad { (try input.contiguous(), try weight.contiguous(), try bias?.contiguous()) }
    guard geometry.inChannels > 0 else {
        // No input channels: PyTorch returns an empty `[N, 0, oH, oW]` (sic: its channel count, not the weight's).
        let empty = try Tensor(
            zerosShape: [geometry.batch, 0, geometry.outHeight, geometry.outWidth], dtype: input.dtype)
        return empty.recordingGradient("ConvolutionBackward0", inputs: [input, weight, bias]) { _ in
            [
                try Tensor(zerosShape: input.shape, dtype: input.dtype),
                try Tensor(zerosShape: weight.shape, dtype: weight.dtype),
                try bias.map { try Tensor(zerosShape: $0.shape, dtype: $0.dtype) },
            ]
        }
    }
    let output = try Tensor(
        uninitializedShape: [geometry.batch, geometry.outChannels, geometry.outHeight, geometry.outWidth],
        dtype: input.dtype)
    switch input.dtype {
    case .float32: try geometry.forward(Float.self, input: x, weight: w, bias: b, output: output)
    case .float64: try geometry.forward(Double.self, input: x, weight: w, bias: b, output: output)
    case .uint8: geometry.integerForward(UInt8.self, input: x, weight: w, bias: b, output: output)
    case .int32: geometry.integerForward(Int32.self, input: x, weight: w, bias: b, output: output)
    case .int64: geometry.integerForward(Int64.self, input: x, weight: w, bias: b, output: output)
    case .bool: throw TensorError(.dtypeMismatch, "\"slow_conv2d_cpu\" not implemented for 'Bool'")
    }
    return output.recordingGradient("ConvolutionBackward0", inputs: [input, weight, bias]) { gradient in
        let g = try gradient.contiguous()
        let (inputGradient, weightGradient) = try geometry.backward(
            gradient: g, input: x, weight: w, inputGradient: input.requiresGrad,
            weightGradient: weight.requiresGrad)
        let biasGradient = try bias?.requiresGrad == true ? geometry.biasGradient(g) : nil
        return [inputGradient, weightGradient, biasGradient]
    }
}

extension ConvolutionGeometry {
    /// The bias gradient, the sum of each output channel's gradient (`[O]`).
    fileprivate func biasGradient(_ gradient: Tensor) throws -> Tensor {
        let runs = ChannelRuns(batch: batch, channels: outChannels, spatial: outPlane)
        let sums =
            gradient.dtype == .float32
            ? runs.sums(gradient.constPointer(Float.self)) : runs.sums(gradient.constPointer(Double.self))
        return try tensor(sums, dtype: gradient.dtype)
    }

    /// The input and weight gradients for a float32 or float64 output gradient.
    fileprivate func backward(
        gradient: Tensor, input: Tensor, weight: Tensor, inputGradient: Bool, weightGradient: Bool
    ) throws -> (Tensor?, Tensor?) {
        gradient.dtype == .float32
            ? try backward(
                Float.self, gradient: gradient, input: input, weight: weight, inputGradient: inputGradient,
                weightGradient: weightGradient)
            : try backward(
                Double.self, gradient: gradient, input: input, weight: weight, inputGradient: inputGradient,
                weightGradient: weightGradient)
    }
}
