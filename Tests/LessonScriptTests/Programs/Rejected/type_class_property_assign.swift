final class Layer {
    var size = 1
}
let layer = Layer()
layer.size = "big"
print(layer.size)
