func firstSize(_ sizes: [Int]) -> Int {
    return sizes.first
}
print(firstSize([28]))
