class Layer {
    init(size: Int) {}
}
class Dense: Layer {
    convenience init() {
        super.init(size: 10)
    }
}
print(Dense())
