func reset(_ x: Int) -> Int {
    x = 0
    return x
}
print(reset(3))
