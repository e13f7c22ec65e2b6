import Tensors

/// Stochastic gradient descent as fast.ai's `SGD(params, lr, mom=0, wd=0)`: each step first decays the weights
/// (`p.data *= 1 - lr * wd`, decoupled), then moves every parameter against its gradient, `p.data -= lr * p.grad`.
/// Made with a momentum, it steps along the running sum of gradients instead (`avg = mom * avg + grad`, PyTorch's
/// SGD momentum), reading `mom` at every step so that a schedule can move it; made without, it ignores `mom` as
/// fast.ai's does.
///
/// ```swift
/// let opt = SGD(model.parameters(), lr: 1.0)
/// try loss.backward()
/// try opt.step()
/// try opt.zeroGrad()
/// ```
public final class SGD: Optimizer {
    /// Whether steps follow the momentum (the optimizer was made with a non-zero `mom`).
    public let usesMomentum: Bool

    /// An optimizer for `params` with learning rate `lr`, momentum `mom` and weight decay `wd`.
    public override init(_ params: [Tensor], lr: Double, mom: Double = 0, wd: Double = 0) {
        usesMomentum = mom != 0
        super.init(params, lr: lr, mom: mom, wd: wd)
    }

    /// Decays and moves every parameter that has a gradient, outside autograd.
    public override func step() throws {
        try stepEach { parameter, gradient, record in
            guard usesMomentum else {
                try parameter.data.updateInPlace(.subtract, .tensor(gradient * lr))
                return
            }
            let average = try record.gradAverage ?? zerosLike(gradient)
            try average.updateInPlace(.multiply, .scalar(.double(mom)))
            try average.updateInPlace(.add, .tensor(gradient))
            record.gradAverage = average
            try parameter.data.updateInPlace(.subtract, .tensor(average * lr))
        }
    }
}
