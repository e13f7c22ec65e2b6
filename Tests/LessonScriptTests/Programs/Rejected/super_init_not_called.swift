class Layer {
    init(size: Int) {}
}
class Dense: Layer {
    let bias: Bool
    init(bias: Bool) {
        self.bias = bias
    }
}
