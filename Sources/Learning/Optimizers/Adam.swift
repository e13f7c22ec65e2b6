import Foundation
import Tensors

/// fast.ai's `Adam` (its default optimizer): `Adam(params, lr, mom=0.9, sqr_mom=0.99, eps=1e-5, wd=0.01)`, with
/// decoupled weight decay (AdamW). Per parameter and step: `p *= 1 - lr * wd`; `avg = mom * avg + (1 - mom) * grad`;
/// `sqrAvg = sqrMom * sqrAvg + (1 - sqrMom) * grad²`; then `p -= lr / (1 - mom^step) * avg /
/// (sqrt(sqrAvg / (1 - sqrMom^step)) + eps)`, with the `mom` of the moment (a schedule moves it).
///
/// ```swift
/// let opt = Adam(model.parameters(), lr: 1e-3)
/// try loss.backward()
/// try opt.step()
/// ```
public final class Adam: Optimizer {
    /// The decay of the squared gradients' average (Adam's second beta).
    public var sqrMom: Double
    /// Added to the denominator, away from a division by zero.
    public var eps: Double

    /// An optimizer for `params` with fast.ai's defaults.
    public init(
        _ params: [Tensor], lr: Double, mom: Double = 0.9, sqrMom: Double = 0.99, eps: Double = 1e-5, wd: Double = 0.01
    ) {
        self.sqrMom = sqrMom
        self.eps = eps
        super.init(params, lr: lr, mom: mom, wd: wd)
    }

    /// One Adam step for every parameter that has a gradient, outside autograd.
    public override func step() throws {
        try stepEach { parameter, gradient, record in
            let average = try record.gradAverage ?? zerosLike(gradient)
            let squares = try record.squareAverage ?? zerosLike(gradient)
            try average.updateInPlace(.multiply, .scalar(.double(mom)))
            try average.updateInPlace(.add, .tensor(gradient * (1 - mom)))
            try squares.updateInPlace(.multiply, .scalar(.double(sqrMom)))
            try squares.updateInPlace(.add, .tensor(gradient * gradient * (1 - sqrMom)))
            record.step += 1
            (record.gradAverage, record.squareAverage) = (average, squares)
            let debias1 = 1 - pow(mom, Double(record.step))
            let debias2 = 1 - pow(sqrMom, Double(record.step))
            let denominator = try (squares / debias2).sqrt() + eps
            try parameter.data.updateInPlace(.subtract, .tensor(average / denominator * (lr / debias1)))
        }
    }
}
