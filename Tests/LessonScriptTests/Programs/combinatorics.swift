// Recursion with generics: permutations, combinations and the power set of any array, n-queens by
// backtracking with inout state, and counting with nested functions.
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    var result: [[T]] = []
    for (index, item) in items.enumerated() {
        var rest = items
        rest.remove(at: index)
        for tail in permutations(rest) { result.append([item] + tail) }
    }
    return result
}

func combinations<T>(_ items: [T], choose k: Int) -> [[T]] {
    if k == 0 { return [[]] }
    guard let first = items.first else { return [] }
    let rest = Array(items.dropFirst())
    return combinations(rest, choose: k - 1).map { [first] + $0 } + combinations(rest, choose: k)
}

func powerSet<T>(_ items: [T]) -> [[T]] {
    items.reduce([[]]) { subsets, item in subsets + subsets.map { $0 + [item] } }
}

print(permutations([1, 2, 3]))
print(permutations(Array("abc")).map { String($0) }, permutations([Int]()).count)
print(combinations(["a", "b", "c", "d"], choose: 2).map { $0.joined() })
print(combinations(Array(1...6), choose: 3).count, powerSet([1, 2, 3]))
print(powerSet(Array(1...4)).filter { $0.reduce(0, +) == 5 })

func solveQueens(_ size: Int) -> [[Int]] {
    var solutions: [[Int]] = []
    var placed: [Int] = []
    func safe(_ column: Int) -> Bool {
        for (row, other) in placed.enumerated() {
            if other == column || abs(other - column) == placed.count - row { return false }
        }
        return true
    }
    func place(_ row: Int) {
        if row == size {
            solutions.append(placed)
            return
        }
        for column in 0..<size where safe(column) {
            placed.append(column)
            place(row + 1)
            placed.removeLast()
        }
    }
    place(0)
    return solutions
}
print((4...7).map { solveQueens($0).count }, solveQueens(4))

func countChange(_ amount: Int, _ coins: [Int]) -> Int {
    if amount == 0 { return 1 }
    guard amount > 0, let coin = coins.first else { return 0 }
    return countChange(amount - coin, coins) + countChange(amount, Array(coins.dropFirst()))
}
print(countChange(100, [50, 25, 10, 5, 1]))
