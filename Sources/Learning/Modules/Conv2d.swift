import Tensors

/// A 2-D convolution layer (`nn.Conv2d`): `conv2d(input, weight, bias:, stride:, padding:, dilation:, groups:)`
/// with a learned `[outChannels, inChannels / groups, kH, kW]` weight and `[outChannels]` bias, initialised as
/// PyTorch does (kaiming uniform with a = √5 for the weight, uniform for the bias: both ±1/√fanIn, drawn from the
/// lesson's generator, weight first).
///
/// ```swift
/// let conv = try Conv2d(1, 30, kernelSize: 3, stride: 2, padding: 1)
/// conv.weight.shape                  // [30, 1, 3, 3]
/// try conv(images).shape             // [64, 1, 28, 28] -> [64, 30, 14, 14]
/// ```
public final class Conv2d: Module {
    /// The kernels, `[outChannels, inChannels / groups, kH, kW]`.
    public let weight: Tensor
    /// One bias per output channel, unless the layer was made without.
    public let bias: Tensor?
    /// The channels of each input image.
    public let inChannels: Int
    /// The channels of each output image (the number of kernels).
    public let outChannels: Int
    /// The kernel's height and width.
    public let kernelSize: ConvPair
    /// The step between kernel positions, down and across.
    public let stride: ConvPair
    /// The zeros added on each side of the input, top and bottom, left and right.
    public let padding: ConvPair
    /// The spacing between kernel elements.
    public let dilation: ConvPair
    /// The number of groups of channels convolved separately.
    public let groups: Int

    /// A layer from `inChannels` to `outChannels` channels; an integer `kernelSize`, `stride`, `padding` or
    /// `dilation` stands for both dimensions, `[h, w]` gives them separately.
    /// - Throws: PyTorch's messages when `groups` is not positive or does not divide both channel counts.
    public init(
        _ inChannels: Int, _ outChannels: Int, kernelSize: ConvPair, stride: ConvPair = 1, padding: ConvPair = 0,
        dilation: ConvPair = 1, groups: Int = 1, bias: Bool = true
    ) throws {
        guard groups > 0 else { throw TensorError(.invalidArgument, "groups must be a positive integer") }
        guard inChannels % groups == 0 else {
            throw TensorError(.invalidArgument, "in_channels must be divisible by groups")
        }
        guard outChannels % groups == 0 else {
            throw TensorError(.invalidArgument, "out_channels must be divisible by groups")
        }
        let kernel = kernelSize.values.count == 1 ? ConvPair(kernelSize.values[0]) : kernelSize
        let weightShape = [outChannels, inChannels / groups] + kernel.values
        let fanIn = weightShape.dropFirst().reduce(1, *)
        let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
        self.weight = try uniformParameter(weightShape, bound: bound)
        self.bias = bias ? try uniformParameter([outChannels], bound: bound) : nil
        (self.inChannels, self.outChannels, self.kernelSize) = (inChannels, outChannels, kernel)
        (self.stride, self.padding, self.dilation, self.groups) = (stride, padding, dilation, groups)
    }

    /// The convolution of `input` (`[N, inChannels, H, W]` or one `[inChannels, H, W]` image).
    public override func forward(_ input: Tensor) throws -> Tensor {
        try conv2d(
            input, weight, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
    }

    /// The weight, then the bias.
    public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias(weight, bias) }

    /// `1, 4, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1)`: settings left at their defaults are not shown.
    public override var extraDescription: String {
        var text = "\(inChannels), \(outChannels), kernel_size=\(pythonPair(kernelSize)), stride=\(pythonPair(stride))"
        if padding.values.contains(where: { $0 != 0 }) { text += ", padding=\(pythonPair(padding))" }
        if dilation.values.contains(where: { $0 != 1 }) { text += ", dilation=\(pythonPair(dilation))" }
        if groups != 1 { text += ", groups=\(groups)" }
        if bias == nil { text += ", bias=False" }
        return text
    }
}

/// A convolution setting as the tuple PyTorch's `Conv2d` keeps: `(2, 2)` for `2`.
private func pythonPair(_ pair: ConvPair) -> String {
    pythonTuple(pair.values.count == 1 ? [pair.values[0], pair.values[0]] : pair.values)
}
