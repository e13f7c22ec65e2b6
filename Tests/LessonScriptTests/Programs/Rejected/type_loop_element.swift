for size in [28, 28] {
    let half: Double = size / 2
    print(half)
}
