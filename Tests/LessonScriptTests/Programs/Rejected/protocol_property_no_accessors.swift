protocol Sized {
    var size: Int
}
struct Batch: Sized {
    var size: Int
}
print(Batch(size: 64).size)
