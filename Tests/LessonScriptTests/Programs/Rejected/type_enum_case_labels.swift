enum Layer {
    case linear(inputs: Int, outputs: Int)
}
let layer = Layer.linear(in: 784, out: 30)
print(layer)
