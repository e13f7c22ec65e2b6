protocol Makeable {
    init(size: Int)
}
struct Box: Makeable {
    var width: Int
}
