import Tensors

/// Plain stochastic gradient descent (`torch.optim.SGD` without momentum, fast.ai's `SGD`): each step moves every
/// parameter against its gradient, `p.data -= lr * p.grad`.
///
/// ```swift
/// let opt = SGD(model.parameters(), lr: 1.0)
/// try loss.backward()
/// try opt.step()
/// try opt.zeroGrad()
/// ```
public final class SGD: Optimizer {
    /// Moves every parameter that has a gradient by `-lr * grad`, outside autograd.
    public override func step() throws {
        try noGrad {
            for parameter in params {
                guard let gradient = parameter.grad else { continue }
                try parameter.data.updateInPlace(.subtract, .tensor(gradient * lr))
            }
        }
    }
}
