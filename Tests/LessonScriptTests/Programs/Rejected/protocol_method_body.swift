protocol Shape {
    func area() -> Double { 0 }
}
