protocol Named {
    static var kind: String { get }
}
struct Layer: Named {
    var kind = "layer"
}
