// Values stored into variables of a declared type take that type, as Swift's contextual typing gives them.
var best: Double? = nil
print(best as Any)
best = 3
print(best as Any)
best = nil
print(best as Any)
var scale: Double = 2
scale = 5
print(scale, scale / 2)
var weights: [Double] = []
weights = [1, 2, 3]
print(weights)
var counts: [Int: Double] = [:]
counts = [1: 2]
print(counts)
var pair: (Double, Int) = (0, 0)
pair = (1, 2)
print(pair)
var maybeCount: Int? = nil
maybeCount = 4
print(maybeCount as Any)
func halve(_ value: Int) -> Double {
    var result: Double = 0
    result = 1
    return result * Double(value) / 2
}
print(halve(7))
var ids: Set<Int> = [3, 1]
ids = [5, 5, 6]
print(ids.count, ids.sorted(), ids.contains(5))
var names: [String: Int] = [:]
names["a"] = 1
names["a", default: 0] += 2
print(names)
var grid: [[Double]] = []
grid = [[1, 2]]
grid[0].append(3)
print(grid)
var table: [String: [Double]] = [:]
table["x"] = [1]
table["x"]!.append(2)
print(table)
var optionals: [Int?] = []
optionals = [1, nil]
optionals.append(2)
print(optionals)
