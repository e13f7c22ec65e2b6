class Layer {
    init() {}
}
class Dense: Layer {
    func reset() { super.init() }
}
