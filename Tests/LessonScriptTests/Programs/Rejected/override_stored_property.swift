class Layer {
    var size = 1
}
class Dense: Layer {
    override var size = 2
}
