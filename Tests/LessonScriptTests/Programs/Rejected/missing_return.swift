func sign(_ x: Int) -> Int {
    if x > 0 { return 1 }
    if x < 0 { return -1 }
}
print(sign(3))
