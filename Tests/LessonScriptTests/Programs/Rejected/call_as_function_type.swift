struct Affine {
    var weight: Double
    var bias: Double
    func callAsFunction(_ x: Double) -> Double { weight * x + bias }
}
let f = Affine(weight: 2, bias: 1)
print(f("3"))
