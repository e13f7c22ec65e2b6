/// The sizes of one 2-D max or average pooling over `[N, C, H, W]` or `[C, H, W]`, checked the way PyTorch checks
/// `F.max_pool2d` and `F.avg_pool2d`, in the same order and with the same messages.
struct PoolGeometry {
    /// The number of `H x W` planes (`N * C`), the channels and the plane's size.
    let planes: Int, channels: Int, height: Int, width: Int
    /// The window, its steps and the padding (height, width).
    let kernel: (height: Int, width: Int), stride: (height: Int, width: Int)
    let padding: (height: Int, width: Int), dilation: (height: Int, width: Int)
    /// The size of an output plane.
    let outHeight: Int, outWidth: Int
    /// The output's shape: the input's with the last two sizes replaced.
    let outShape: [Int]

    /// The checks of `F.max_pool2d`.
    static func maxPooling(
        _ input: Tensor, kernelSize: ConvPair, stride: ConvPair?, padding: ConvPair, dilation: ConvPair,
        ceilMode: Bool
    ) throws -> PoolGeometry {
        let (kernel, strides, paddings) = try checkedArguments(
            "max_pool2d", kernelSize: kernelSize, stride: stride, padding: padding)
        guard let dilations = dilation.pair else {
            throw TensorError(
                .invalidArgument, "max_pool2d: dilation must be either a single int, or a tuple of two ints")
        }
        try checkFitsInt32([kernel.0, kernel.1, strides.0, strides.1, paddings.0, paddings.1, dilations.0, dilations.1])
        guard input.ndim == 3 || input.ndim == 4 else {
            throw TensorError(.shapeMismatch, "non-empty 3D or 4D (batch mode) tensor expected for input")
        }
        return try PoolGeometry(
            input, kernel: kernel, stride: strides, padding: paddings, dilation: dilations, ceilMode: ceilMode)
    }

    /// The checks of `F.avg_pool2d`.
    static func averagePooling(
        _ input: Tensor, kernelSize: ConvPair, stride: ConvPair?, padding: ConvPair, ceilMode: Bool,
        divisorOverride: Int?
    ) throws -> PoolGeometry {
        let (kernel, strides, paddings) = try checkedArguments(
            "avg_pool2d", kernelSize: kernelSize, stride: stride, padding: padding)
        try checkFitsInt32([kernel.0, kernel.1, strides.0, strides.1, paddings.0, paddings.1])
        guard divisorOverride != 0 else { throw TensorError(.invalidArgument, "divisor must be not zero") }
        // PyTorch reads the channel count (dimension -3) before checking the rank.
        guard input.ndim > 0 else {
            throw TensorError(.indexOutOfRange, "Dimension specified as -3 but tensor has no dimensions")
        }
        _ = try normalizeDimension(-3, rank: input.ndim)
        return try PoolGeometry(
            input, kernel: kernel, stride: strides, padding: paddings, dilation: (1, 1), ceilMode: ceilMode)
    }

    /// Kernel size, stride (the kernel size when omitted) and padding as pairs, or PyTorch's message for a list of
    /// the wrong length.
    private static func checkedArguments(
        _ name: String, kernelSize: ConvPair, stride: ConvPair?, padding: ConvPair
    ) throws -> (kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int)) {
        guard let kernel = kernelSize.pair else {
            throw TensorError(
                .invalidArgument, "\(name): kernel_size must either be a single int, or a tuple of two ints")
        }
        let strides: (Int, Int)
        if let stride, !stride.values.isEmpty {
            guard let pair = stride.pair else {
                throw TensorError(
                    .invalidArgument,
                    "\(name): stride must either be omitted, a single int, or a tuple of two ints")
            }
            strides = pair
        } else {
            strides = kernel
        }
        guard let paddings = padding.pair else {
            throw TensorError(.invalidArgument, "\(name): padding must either be a single int, or a tuple of two ints")
        }
        return (kernel, strides, paddings)
    }

    private init(
        _ input: Tensor, kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int), dilation: (Int, Int),
        ceilMode: Bool
    ) throws {
        let shape = input.shape
        let rank = shape.count
        let inputHeight = shape[rank - 2]
        let inputWidth = shape[rank - 1]
        let outputHeight = try pooledSize(
            inputHeight, kernel: kernel.0, padding: padding.0, stride: stride.0, dilation: dilation.0,
            ceilMode: ceilMode)
        let outputWidth = try pooledSize(
            inputWidth, kernel: kernel.1, padding: padding.1, stride: stride.1, dilation: dilation.1,
            ceilMode: ceilMode)
        guard kernel.0 > 0 && kernel.1 > 0 else {
            throw TensorError(
                .invalidArgument, "kernel size should be greater than zero, but got kH: \(kernel.0) kW: \(kernel.1)")
        }
        guard stride.0 > 0 && stride.1 > 0 else {
            throw TensorError(
                .invalidArgument, "stride should be greater than zero, but got dH: \(stride.0) dW: \(stride.1)")
        }
        guard dilation.0 > 0 && dilation.1 > 0 else {
            throw TensorError(
                .invalidArgument,
                "dilation should be greater than zero, but got dilationH: \(dilation.0) dilationW: \(dilation.1)")
        }
        // The batch may be empty; channels, height and width may not.
        guard rank == 3 || rank == 4, shape[(rank == 4 ? 1 : 0)...].allSatisfy({ $0 != 0 }) else {
            throw TensorError(
                .shapeMismatch,
                "Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:"
                    + shapeText(shape))
        }
        guard kernel.1 / 2 >= padding.1 && kernel.0 / 2 >= padding.0 else {
            throw TensorError(
                .invalidArgument,
                "pad should be smaller than or equal to half of kernel size, but got padW = \(padding.1), padH = "
                    + "\(padding.0), kW = \(kernel.1), kH = \(kernel.0)")
        }
        let channels = shape[rank - 3]
        guard outputWidth >= 1 && outputHeight >= 1 else {
            throw TensorError(
                .shapeMismatch,
                "Given input size: (\(channels)x\(inputHeight)x\(inputWidth)). Calculated output size: "
                    + "(\(channels)x\(outputHeight)x\(outputWidth)). Output size is too small")
        }
        (planes, self.channels) = (shape.dropLast(2).reduce(1, *), channels)
        (height, width, outHeight, outWidth) = (inputHeight, inputWidth, outputHeight, outputWidth)
        (self.kernel, self.stride, self.padding, self.dilation) = (kernel, stride, padding, dilation)
        outShape = shape.dropLast(2) + [outputHeight, outputWidth]
    }

    /// The positions of one input plane and one output plane.
    var inPlane: Int { height * width }
    var outPlane: Int { outHeight * outWidth }
}

/// PyTorch's refusal of arguments past 32 bits (which also keeps the size arithmetic here from overflowing).
func checkFitsInt32(_ values: [Int]) throws {
    guard values.allSatisfy({ Int(Int32.min)...Int(Int32.max) ~= $0 }) else {
        throw TensorError(.invalidArgument, "value cannot be converted to type int without overflow")
    }
}

/// PyTorch's `pooling_output_shape`: the output size along one dimension, with its checks of the stride and
/// padding.
private func pooledSize(
    _ size: Int, kernel: Int, padding: Int, stride: Int, dilation: Int, ceilMode: Bool
) throws -> Int {
    guard stride != 0 else { throw TensorError(.invalidArgument, "stride should not be zero") }
    guard padding >= 0 else { throw TensorError(.invalidArgument, "pad must be non-negative, but got pad: \(padding)") }
    let reach = dilation * (kernel - 1) + 1
    guard padding <= reach / 2 else {
        throw TensorError(
            .invalidArgument,
            "pad should be at most half of effective kernel size, but got pad=\(padding), kernel_size=\(kernel) and "
                + "dilation=\(dilation)")
    }
    let span = size + 2 * padding - dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0)
    var result = flooredDivision(span, stride) + 1
    // In ceil mode the last window must start inside the image or its left padding.
    if ceilMode && (result - 1) * stride >= size + padding { result -= 1 }
    return result
}

/// `a / b` rounded toward negative infinity (C++'s `div_rtn`).
private func flooredDivision(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}
