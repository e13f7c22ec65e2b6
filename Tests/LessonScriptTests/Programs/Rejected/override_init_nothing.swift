class Layer {
    init() {}
}
class Dense: Layer {
    override init(size: Int, bias: Bool) { super.init() }
}
