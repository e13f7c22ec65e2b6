struct Scale {
    var factor: Double
    func callAsFunction(_ x: Double) -> Double { x * factor }
}
let double = Scale(factor: 2)
print(double(1, 2))
