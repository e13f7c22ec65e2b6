class Layer {}
class Dense: Layer {
    override var name: String { "dense" }
}
