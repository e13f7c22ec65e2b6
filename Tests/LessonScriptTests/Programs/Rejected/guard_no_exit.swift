func firstPositive(_ xs: [Int]) -> Int {
    for x in xs {
        guard x > 0 else {
            print("skip", x)
        }
        return x
    }
    return 0
}
print(firstPositive([-1, 2]))
