class Layer {
    func describe() -> String { "layer" }
}
class Dense: Layer {
    override func describe() -> String { super.summary() }
}
