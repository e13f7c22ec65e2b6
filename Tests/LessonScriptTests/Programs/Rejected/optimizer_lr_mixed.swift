class Optimizer {
    var lr: Double
    init(lr: Double) { self.lr = lr }
}
let opt = Optimizer(lr: 0.1)
let epochs = 10
let decayed = opt.lr / epochs
print(decayed)
