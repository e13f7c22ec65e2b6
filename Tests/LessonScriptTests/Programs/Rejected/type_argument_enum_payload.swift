enum Layer {
    case linear(inputs: Int, outputs: Int)
    case relu
}
let layer = Layer.linear(inputs: 784, outputs: "thirty")
print(layer)
