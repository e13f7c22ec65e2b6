protocol Named {
    var name: String { get set }
}
struct Layer: Named {
    let name: String
}
