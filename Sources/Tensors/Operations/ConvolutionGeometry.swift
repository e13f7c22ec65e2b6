/// The sizes of one 2-D convolution, checked the way PyTorch checks `F.conv2d`'s arguments, in the same order
/// and with the same messages, so that the first problem a lesson hits is the one PyTorch would report.
struct ConvolutionGeometry {
    /// The input's sizes (one image is a batch of one).
    let batch: Int, inChannels: Int, height: Int, width: Int
    /// The weight's sizes.
    let outChannels: Int, kernelHeight: Int, kernelWidth: Int
    /// The steps of the kernel over the input (height, width), and the channel groups.
    let stride: (height: Int, width: Int), padding: (height: Int, width: Int), dilation: (height: Int, width: Int)
    let groups: Int
    /// The size of an output plane.
    let outHeight: Int, outWidth: Int

    /// Checks `input` (`[N, C, H, W]`, or `[C, H, W]` for one image), `weight` (`[O, C / groups, kH, kW]`) and
    /// `bias` (`[O]`) against each other and the arguments.
    init(
        input: Tensor, weight: Tensor, bias: Tensor?, stride: ConvPair, padding: ConvPair, dilation: ConvPair,
        groups: Int
    ) throws {
        guard input.ndim == 3 || input.ndim == 4 else {
            throw TensorError(
                .shapeMismatch,
                "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: "
                    + shapeText(input.shape))
        }
        guard weight.ndim >= 3 else {
            throw TensorError(.shapeMismatch, "weight should have at least three dimensions")
        }
        guard groups > 0 else { throw TensorError(.invalidArgument, "non-positive groups is not supported") }
        // The argument lists must match the weight's spatial dimensions; PyTorch's own output padding (always
        // [0, 0] for conv2d) is checked last, so a 3-D or 5-D weight with matching lists still fails there.
        let spatial = weight.ndim - 2
        let strides = try expandedArgument(stride, "stride", spatial)
        let paddings = try expandedArgument(padding, "padding", spatial)
        let dilations = try expandedArgument(dilation, "dilation", spatial)
        _ = try expandedArgument(ConvPair(0), "output_padding", spatial)
        try checkFitsInt32(strides + paddings + dilations)
        let batched = input.ndim == 4 ? input.shape : [1] + input.shape
        let w = weight.shape
        guard paddings.allSatisfy({ $0 >= 0 }) else {
            throw TensorError(.invalidArgument, "negative padding is not supported")
        }
        guard strides.allSatisfy({ $0 > 0 }) else {
            throw TensorError(.invalidArgument, "non-positive stride is not supported")
        }
        guard dilations.allSatisfy({ $0 >= 0 }) else {
            throw TensorError(.invalidArgument, "dilation should be greater than zero")
        }
        guard w[0] >= groups else {
            throw TensorError(
                .shapeMismatch,
                "Given groups=\(groups), expected weight to be at least \(groups) at dimension 0, but got weight of "
                    + "size \(shapeText(w)) instead")
        }
        guard w[0] % groups == 0 else {
            // PyTorch's message has the size in double brackets.
            throw TensorError(
                .shapeMismatch,
                "Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got "
                    + "weight of size [\(shapeText(w))] instead")
        }
        guard batched[1] == w[1] * groups else {
            throw TensorError(
                .shapeMismatch,
                "Given groups=\(groups), weight of size \(shapeText(w)), expected input\(shapeText(batched)) to have "
                    + "\(w[1] * groups) channels, but got \(batched[1]) channels instead")
        }
        if let bias, bias.ndim != 1 || bias.shape[0] != w[0] {
            throw TensorError(
                .shapeMismatch,
                "Given weight of size \(shapeText(w)), expected bias to be 1-dimensional with \(w[0]) elements, but "
                    + "got bias of size \(shapeText(bias.shape)) instead")
        }
        let paddedInput = [batched[2] + 2 * paddings[0], batched[3] + 2 * paddings[1]]
        let dilatedKernel = [dilations[0] * (w[2] - 1) + 1, dilations[1] * (w[3] - 1) + 1]
        guard paddedInput[0] >= dilatedKernel[0] && paddedInput[1] >= dilatedKernel[1] else {
            throw TensorError(
                .shapeMismatch,
                "Calculated padded input size per channel: (\(paddedInput[0]) x \(paddedInput[1])). Kernel size: "
                    + "(\(dilatedKernel[0]) x \(dilatedKernel[1])). Kernel size can't be greater than actual input "
                    + "size")
        }
        if let bias, bias.dtype != input.dtype {
            throw TensorError(
                .dtypeMismatch,
                "Input type (\(input.dtype.cTypeName)) and bias type (\(bias.dtype.cTypeName)) should be the same")
        }
        batch = batched[0]
        inChannels = batched[1]
        height = batched[2]
        width = batched[3]
        outChannels = w[0]
        kernelHeight = w[2]
        kernelWidth = w[3]
        self.stride = (strides[0], strides[1])
        self.padding = (paddings[0], paddings[1])
        self.dilation = (dilations[0], dilations[1])
        self.groups = groups
        outHeight = (paddedInput[0] - dilatedKernel[0]) / strides[0] + 1
        outWidth = (paddedInput[1] - dilatedKernel[1]) / strides[1] + 1
        try checkBackend(input: input, weight: weight)
    }

    /// The checks of the CPU kernel PyTorch would pick for these tensors (oneDNN for most float32 work, the
    /// dilated or the plain im2col kernel otherwise), each with its own words.
    private func checkBackend(input: Tensor, weight: Tensor) throws {
        let dilated = dilation != (1, 1)
        if usesOneDNN(input: input) {
            guard dilation.height > 0 && dilation.width > 0 else {
                throw TensorError(.invalidArgument, "non-positive dilation is not supported")
            }
            try checkKernelSize(dilated: false)
            guard weight.dtype == input.dtype else {
                throw TensorError(
                    .dtypeMismatch,
                    "Input type (\(input.dtype.legacyTypeName)) and weight type (\(weight.dtype.legacyTypeName)) "
                        + "should be the same or input should be a MKLDNN tensor and weight is a dense tensor")
            }
            return
        }
        try checkKernelSize(dilated: dilated)
        if dilated {
            guard dilation.height > 0 && dilation.width > 0 else {
                throw TensorError(
                    .invalidArgument,
                    "dilation should be greater than zero, but got \(shapeText([dilation.height, dilation.width]))")
            }
        }
        // The dilated kernel takes floats and int64, the plain one every numeric type.
        guard input.dtype != .bool && (!dilated || input.dtype.isFloatingPoint || input.dtype == .int64) else {
            let kernel = dilated ? "slow_conv_dilated<>" : "slow_conv2d_cpu"
            throw TensorError(.dtypeMismatch, "\"\(kernel)\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        guard weight.dtype == input.dtype else {
            throw TensorError(
                .dtypeMismatch,
                "expected scalar type \(input.dtype.scalarTypeName) but found \(weight.dtype.scalarTypeName)")
        }
    }

    /// PyTorch's rule for handing a CPU convolution to oneDNN (on more than one thread): float32 work that is
    /// grouped, has a kernel larger than 3x3, a batch, or more than 20480 input elements.
    private func usesOneDNN(input: Tensor) -> Bool {
        input.dtype == .float32
            && (groups > 1 || (kernelHeight > 3 && kernelWidth > 3) || batch > 1
                || batch * inChannels * height * width > 20480)
    }

    private func checkKernelSize(dilated: Bool) throws {
        guard kernelHeight > 0 && kernelWidth > 0 else {
            throw TensorError(
                .shapeMismatch,
                dilated
                    ? "kernel size should be greater than zero, but got \(shapeText([kernelHeight, kernelWidth]))"
                    : "kernel size should be greater than zero, but got kernel_height: \(kernelHeight) "
                        + "kernel_width: \(kernelWidth)")
        }
    }

    /// The input channels, output channels and kernel rows (`channels x kH x kW`) of one group.
    var groupInChannels: Int { inChannels / groups }
    var groupOutChannels: Int { outChannels / groups }
    var groupKernelSize: Int { groupInChannels * kernelHeight * kernelWidth }
    /// The positions of one output plane.
    var outPlane: Int { outHeight * outWidth }
    /// The multiply-adds of the whole convolution (to decide whether it is worth splitting across threads).
    var multiplyAdds: Int { batch * outChannels * outPlane * groupKernelSize }
}

/// A convolution argument as one value per spatial dimension: PyTorch repeats a single value and refuses any
/// other count than `dimensions`.
private func expandedArgument(_ argument: ConvPair, _ name: String, _ dimensions: Int) throws -> [Int] {
    let values = argument.values
    if values.count == 1 { return Array(repeating: values[0], count: dimensions) }
    guard values.count == dimensions else {
        throw TensorError(
            .invalidArgument,
            "expected \(name) to be a single integer value or a list of \(dimensions) values to match the "
                + "convolution dimensions, but got \(name)=\(shapeText(values))")
    }
    return values
}
