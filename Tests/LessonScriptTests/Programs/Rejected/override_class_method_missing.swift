class Layer {
    class func kind() -> String { "layer" }
}
class Dense: Layer {
    class func kind() -> String { "dense" }
}
