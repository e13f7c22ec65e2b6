import Tensors

/// Modules applied one after another (`nn.Sequential`), from a list or from separate arguments.
///
/// ```swift
/// let simpleNet = try Sequential(Linear(784, 30), ReLU(), Linear(30, 1))
/// simpleNet.parameters().map(\.shape)   // [[30, 784], [30], [1, 30], [1]]
/// simpleNet[0]                          // the first Linear
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

    /// Each layer's output fed to the next (each layer called, so its forward hooks run).
    public override func forward(_ input: Tensor) throws -> Tensor {
        try layers.reduce(input) { try $1($0) }
    }

    /// The layers, named by their position: `(0): Linear(...)`.
    public override var namedChildren: [(name: String, module: Module)] {
        layers.enumerated().map { (String($0.offset), $0.element) }
    }
}
