import Tensors

/// Flattens the dimensions `startDim...endDim` of its input into one (`nn.Flatten`); by default every dimension
/// but the batch's, so `[64, 10, 1, 1]` becomes `[64, 10]`.
///
/// ```swift
/// let model = Sequential(Conv2d(1, 10, kernelSize: 3), AdaptiveAvgPool2d(1), Flatten())
/// ```
public final class Flatten: Module {
    /// The first dimension flattened.
    public let startDim: Int
    /// The last dimension flattened (negative counts from the end).
    public let endDim: Int

    /// A layer flattening `startDim...endDim`.
    public init(startDim: Int = 1, endDim: Int = -1) {
        self.startDim = startDim
        self.endDim = endDim
    }

    /// `input.flatten(startDim, endDim)`.
    public override func forward(_ input: Tensor) throws -> Tensor { try input.flatten(startDim, endDim) }

    /// `start_dim=1, end_dim=-1`.
    public override var extraDescription: String { "start_dim=\(startDim), end_dim=\(endDim)" }
}
