import Tensors

/// A layer or a model (PyTorch's `nn.Module`): it holds parameters and computes an output from an input.
///
/// Subclasses override `forward(_:)`, `parameters()` and `description`. A module is called like a function.
///
/// ```swift
/// let model = try Sequential(Linear(784, 30), ReLU(), Linear(30, 1))
/// let predictions = try model(batch)   // [256, 1]
/// ```
open class Module: CustomStringConvertible {
    /// A module without parameters.
    public init() {}

    /// The output for `input`.
    open func forward(_ input: Tensor) throws -> Tensor { input }

    /// The tensors an optimizer updates, in PyTorch's order (for `Linear`: weight, then bias).
    open func parameters() -> [Tensor] { [] }

    /// PyTorch's one-line (or nested) description: `Linear(in_features=784, out_features=1, bias=True)`.
    open var description: String { "Module()" }

    /// Calls `forward(_:)`: `model(x)`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try forward(input) }
}
