class Layer {
    let name: String
    var trainable = true
    init(name: String) { self.name = name }
}
final class Linear: Layer {
    let inputs: Int, outputs: Int
    init(_ inputs: Int, _ outputs: Int) {
        (self.inputs, self.outputs) = (inputs, outputs)
        super.init("linear")
    }
}
print(Linear(3, 2).name)
