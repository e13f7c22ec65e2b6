class Layer {
    func describe() -> String { "layer" }
}
class Dense: Layer {
    func describe() -> String { "dense" }
}
print(Dense().describe())
