protocol Scaler {
    func scale(by factor: Double) -> Double
}
struct Doubler: Scaler {
    func scale(_ factor: Double) -> Double { factor * 2 }
}
