func half(_ x: Int) -> Int {
    return x / 2.0
}
print(half(4))
