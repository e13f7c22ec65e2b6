enum Layer {
    case linear(inputs: Int, outputs: Int)
    case relu
}
let layers: [Layer] = [.linear(inputs: "784", outputs: 30), .relu]
print(layers.count)
