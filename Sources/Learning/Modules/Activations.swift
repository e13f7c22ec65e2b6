import Tensors

/// max(x, 0) as a layer (`nn.ReLU`).
///
/// ```swift
/// let model = try Sequential(Linear(784, 30), ReLU(), Linear(30, 1))
/// ```
public final class ReLU: Module {
    /// The layer.
    public override init() {}

    /// max(input, 0).
    public override func forward(_ input: Tensor) throws -> Tensor { try input.relu() }
}

/// The logistic function as a layer (`nn.Sigmoid`).
public final class Sigmoid: Module {
    /// The layer.
    public override init() {}

    /// 1 / (1 + e^-input).
    public override func forward(_ input: Tensor) throws -> Tensor { try input.sigmoid() }
}
