struct Normalizer {
    var mean: Double
    func apply(_ x: Double) -> Double { x - mean }
}
print(Normalizer.apply(3))
