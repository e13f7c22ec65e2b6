import Tensors

/// Modules applied one after another (`nn.Sequential`).
///
/// ```swift
/// let simpleNet = try Sequential(Linear(784, 30), ReLU(), Linear(30, 1))
/// simpleNet.parameters().map(\.shape)   // [[30, 784], [30], [1, 30], [1]]
/// ```
public final class Sequential: Module {
    /// The layers, in order.
    public let layers: [Module]

    /// The layers to apply, first to last.
    public init(_ layers: [Module]) {
        self.layers = layers
    }

    /// The layers to apply, first to last.
    public convenience init(_ layers: Module...) {
        self.init(layers)
    }

    /// Each layer's output fed to the next.
    public override func forward(_ input: Tensor) throws -> Tensor {
        try layers.reduce(input) { try $1.forward($0) }
    }

    /// Every layer's parameters, in layer order.
    public override func parameters() -> [Tensor] { layers.flatMap { $0.parameters() } }

    /// PyTorch's nested form: one numbered line per layer.
    public override var description: String {
        let lines = layers.enumerated().map { index, layer in
            "  (\(index)): " + layer.description.replacingOccurrences(of: "\n", with: "\n  ")
        }
        return "Sequential(\n" + lines.joined(separator: "\n") + "\n)"
    }
}
