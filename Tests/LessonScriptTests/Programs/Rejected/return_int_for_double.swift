func mean(_ xs: [Int]) -> Double {
    let total = xs.reduce(0, +)
    return total / xs.count
}
print(mean([1, 2, 3]))
