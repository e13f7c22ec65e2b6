class Layer {
    let size: Int
    init(size: Int) { self.size = size }
}
class Dense: Layer {
    init(size: Int) { super.init(size: size * 2) }
}
