class Layer {
    let size: Int
    init(size: Int) { self.size = size }
    init() {
        self.init(size: 10)
    }
}
print(Layer().size)
