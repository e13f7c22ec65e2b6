class Layer {
    init(size: Int) {}
}
class Dense: Layer {
    override init(width: Int) { super.init(size: width) }
}
