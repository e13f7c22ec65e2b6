class Layer {
    init(size: Int) {}
}
let layer = Layer(3)
