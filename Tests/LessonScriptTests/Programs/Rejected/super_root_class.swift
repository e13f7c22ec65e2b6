class Layer {
    func describe() -> String { super.describe() }
}
