import Tensors

/// Plain stochastic gradient descent (`torch.optim.SGD` without momentum, fast.ai's `SGD`): each step moves every
/// parameter against its gradient, `p.data -= lr * p.grad`.
///
/// ```swift
/// let opt = SGD(model.parameters(), lr: 1.0)
/// try loss.backward()
/// try opt.step()
/// opt.zeroGrad()
/// ```
public final class SGD {
    /// The tensors updated by `step()`.
    public let parameters: [Tensor]
    /// The learning rate.
    public var lr: Double

    /// An optimizer for `parameters` with learning rate `lr`.
    public init(_ parameters: [Tensor], lr: Double) {
        self.parameters = parameters
        self.lr = lr
    }

    /// Moves every parameter that has a gradient by `-lr * grad`, outside autograd.
    public func step() throws {
        try noGrad {
            for parameter in parameters {
                guard let gradient = parameter.grad else { continue }
                try parameter.data.updateInPlace(.subtract, .tensor(gradient * lr))
            }
        }
    }

    /// Forgets the gradients (`zero_grad()`: PyTorch sets them to `None`).
    public func zeroGrad() {
        for parameter in parameters { parameter.grad = nil }
    }
}
