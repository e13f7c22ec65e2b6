import Tensors

/// An optimizer (PyTorch's `torch.optim.Optimizer`): it holds the parameters a model trains and the learning
/// rate, and each `step()` updates the parameters from their gradients. Subclasses override `step()` (as `SGD`
/// does); `zeroGrad()` forgets the gradients, as PyTorch does, by setting them to `nil`.
///
/// ```swift
/// final class HalfStep: Optimizer {
///     override func step() throws {
///         try noGrad { for p in params { if let g = p.grad { try p.data.updateInPlace(.subtract, .tensor(g * (lr / 2))) } } }
///     }
/// }
/// ```
open class Optimizer {
    /// The tensors updated by `step()` (`params`, as fast.ai names them).
    public var params: [Tensor]
    /// The learning rate.
    public var lr: Double

    /// An optimizer for `params` with learning rate `lr`.
    public init(_ params: [Tensor], lr: Double) {
        self.params = params
        self.lr = lr
    }

    /// Updates the parameters from their gradients; a subclass says how.
    open func step() throws {
        throw OptimizerError("\(String(describing: type(of: self))).step() is not implemented: a subclass overrides it")
    }

    /// Forgets the gradients (`zero_grad()`: PyTorch sets them to `None`).
    open func zeroGrad() throws {
        for parameter in params { parameter.grad = nil }
    }
}

/// An optimizer used in a way it does not support, such as stepping the base class.
public struct OptimizerError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
