struct Optimizer {
    var lr: Double
    mutating func decay(by factor: Double = "half") { lr *= factor }
}
var optimizer = Optimizer(lr: 0.1)
optimizer.decay()
print(optimizer.lr)
