class Layer {
    final func describe() -> String { "layer" }
}
class Dense: Layer {
    override func describe() -> String { "dense" }
}
