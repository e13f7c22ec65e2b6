func half(_ x: Int) -> Int {
    return x / 2.0
}
struct Scale {
    var factor: Int = 1.5
}
let label: Int = "half"
print(half(4), label, Scale())
