class Layer {
    let size: Int
    init(size: Int) { self.size = size }
}
let layer = Layer(size: "big")
print(layer.size)
