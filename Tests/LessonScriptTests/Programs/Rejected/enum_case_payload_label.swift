enum Layer {
    case linear(inputs: Int, outputs: Int)
    case relu
}
let layers: [Layer] = [.linear(inputs: 3, outputs: 2), .linear(in: 2, out: 1)]
print(layers.count)
