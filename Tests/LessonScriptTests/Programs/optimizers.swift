// An optimizer hierarchy over plain arrays, with a momentum subclass calling super.
import Foundation

class Optimizer {
    var lr: Double
    var stepCount = 0
    init(lr: Double) { self.lr = lr }
    func update(_ param: Double, grad: Double, index: Int) -> Double {
        return param - lr * grad
    }
    func step(_ params: inout [Double], grads: [Double]) {
        for i in params.indices {
            params[i] = update(params[i], grad: grads[i], index: i)
        }
        stepCount += 1
    }
    var summary: String { "\(type(of: self))(lr: \(lr), steps: \(stepCount))" }
}

class Momentum: Optimizer {
    var momentum: Double
    private var velocity: [Int: Double] = [:]
    init(lr: Double, momentum: Double = 0.9) {
        self.momentum = momentum
        super.init(lr: lr)
    }
    override func update(_ param: Double, grad: Double, index: Int) -> Double {
        let v = momentum * velocity[index, default: 0] + grad
        velocity[index] = v
        return super.update(param, grad: v, index: index)
    }
}

class ClippedMomentum: Momentum {
    let limit: Double
    init(lr: Double, limit: Double) {
        self.limit = limit
        super.init(lr: lr, momentum: 0.5)
    }
    override func step(_ params: inout [Double], grads: [Double]) {
        let clipped = grads.map { Swift.min(Swift.max($0, -limit), limit) }
        super.step(&params, grads: clipped)
    }
}

func loss(_ w: [Double]) -> (Double, [Double]) {
    // (w - 3)^2 summed, and its gradient
    let value = w.reduce(0.0) { $0 + ($1 - 3) * ($1 - 3) }
    return (value, w.map { 2 * ($0 - 3) })
}

let optimizers: [Optimizer] = [Optimizer(lr: 0.1), Momentum(lr: 0.1), ClippedMomentum(lr: 0.1, limit: 1)]
for opt in optimizers {
    var w = [0.0, 10.0]
    for _ in 0..<5 {
        let (_, grads) = loss(w)
        opt.step(&w, grads: grads)
    }
    let (l, _) = loss(w)
    print(opt.summary, w.map { ($0 * 1000).rounded() / 1000 }, (l * 1000).rounded() / 1000)
}
let byKind = Dictionary(grouping: optimizers) { $0 is Momentum }
print(byKind[true]?.count ?? 0, byKind[false]?.count ?? 0)
