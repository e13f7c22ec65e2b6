class Layer {
    final var name: String { "layer" }
}
class Dense: Layer {
    override var name: String { "dense" }
}
