class Layer {
    required init(size: Int) {}
}
class Dense: Layer {
    override init(size: Int) { super.init(size: size) }
}
