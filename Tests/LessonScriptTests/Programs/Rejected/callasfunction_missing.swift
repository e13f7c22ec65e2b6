struct Scale {
    var factor: Double
    func apply(_ x: Double) -> Double { x * factor }
}
let double = Scale(factor: 2)
print(double(3))
