class Layer {
    let size: Int
    var name = "layer"
}
