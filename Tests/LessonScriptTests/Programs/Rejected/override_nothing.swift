class Layer {
    func describe() -> String { "layer" }
}
class Dense: Layer {
    override func summary() -> String { "dense" }
}
