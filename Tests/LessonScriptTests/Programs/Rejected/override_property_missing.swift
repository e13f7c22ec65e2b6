class Layer {
    var name: String { "layer" }
}
class Dense: Layer {
    var name: String { "dense" }
}
