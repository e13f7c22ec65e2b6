class Layer {
    let size = 1
}
class Dense: Layer {
    override var size: Int { 2 }
}
