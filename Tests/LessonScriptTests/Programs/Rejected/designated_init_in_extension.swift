class Layer {
    let size: Int
    init(size: Int) { self.size = size }
}
extension Layer {
    init() {
        self.init(size: 1)
    }
}
print(Layer().size)
