import Tensors

/// The largest value of each window (`nn.MaxPool2d`); the stride is the kernel size unless given.
///
/// ```swift
/// try MaxPool2d(2)(x).shape   // [64, 8, 28, 28] -> [64, 8, 14, 14]
/// ```
public final class MaxPool2d: Module {
    /// The window's size.
    public let kernelSize: PoolSize
    /// The step between windows.
    public let stride: PoolSize
    /// The implicit negative infinity added on each side.
    public let padding: PoolSize
    /// The spacing between window elements.
    public let dilation: PoolSize
    /// Whether partial windows at the end make an output too (`ceil` instead of `floor`).
    public let ceilMode: Bool

    /// A layer taking the maximum of each `kernelSize` window.
    public init(
        _ kernelSize: PoolSize, stride: PoolSize? = nil, padding: PoolSize = 0, dilation: PoolSize = 1,
        ceilMode: Bool = false
    ) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }

    /// `maxPool2d(input, ...)`.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try maxPool2d(
            input, kernelSize: kernelSize.pair, stride: stride.pair, padding: padding.pair, dilation: dilation.pair,
            ceilMode: ceilMode)
    }

    /// `kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False`.
    public override var extraDescription: String {
        "kernel_size=\(kernelSize), stride=\(stride), padding=\(padding), dilation=\(dilation), "
            + "ceil_mode=\(pythonBool(ceilMode))"
    }
}

/// The mean of each window (`nn.AvgPool2d`); the stride is the kernel size unless given.
///
/// ```swift
/// try AvgPool2d(2)(x).shape   // [64, 8, 28, 28] -> [64, 8, 14, 14]
/// ```
public final class AvgPool2d: Module {
    /// The window's size.
    public let kernelSize: PoolSize
    /// The step between windows.
    public let stride: PoolSize
    /// The zeros added on each side.
    public let padding: PoolSize
    /// Whether partial windows at the end make an output too.
    public let ceilMode: Bool
    /// Whether padding zeros count in the mean's divisor.
    public let countIncludePad: Bool
    /// A divisor used instead of the window's size, if given.
    public let divisorOverride: Int?

    /// A layer averaging each `kernelSize` window.
    public init(
        _ kernelSize: PoolSize, stride: PoolSize? = nil, padding: PoolSize = 0, ceilMode: Bool = false,
        countIncludePad: Bool = true, divisorOverride: Int? = nil
    ) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
        self.divisorOverride = divisorOverride
    }

    /// `avgPool2d(input, ...)`.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try avgPool2d(
            input, kernelSize: kernelSize.pair, stride: stride.pair, padding: padding.pair, ceilMode: ceilMode,
            countIncludePad: countIncludePad, divisorOverride: divisorOverride)
    }

    /// `kernel_size=2, stride=2, padding=0` (PyTorch shows no more).
    public override var extraDescription: String { "kernel_size=\(kernelSize), stride=\(stride), padding=\(padding)" }
}

/// The mean over windows chosen so that the output has `outputSize` (`nn.AdaptiveAvgPool2d`): `1` averages each
/// channel to one number, as at the end of chapter 13's CNN.
///
/// ```swift
/// try AdaptiveAvgPool2d(1)(x).shape   // [64, 10, 2, 2] -> [64, 10, 1, 1]
/// ```
public final class AdaptiveAvgPool2d: Module {
    /// The output's height and width.
    public let outputSize: PoolSize

    /// A layer averaging down to `outputSize`.
    public init(_ outputSize: PoolSize) {
        self.outputSize = outputSize
    }

    /// `adaptiveAvgPool2d(input, outputSize: ...)`.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try adaptiveAvgPool2d(input, outputSize: outputSize.pair)
    }

    /// `output_size=1`.
    public override var extraDescription: String { "output_size=\(outputSize)" }
}
