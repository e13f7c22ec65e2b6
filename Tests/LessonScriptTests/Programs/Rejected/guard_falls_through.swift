func firstPositive(_ xs: [Int]) -> Int {
    guard let first = xs.first(where: { $0 > 0 }) else {
        print("none")
    }
    return first
}
print(firstPositive([1]))
