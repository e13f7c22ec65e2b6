class Layer {
    let name: String
    init(name: String) { self.name = name }
}
final class Dense: Layer {}
let dense = Dense(name: "hidden")
dense.name = "output"
print(dense.name)
