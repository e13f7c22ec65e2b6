// Tuples: labelled and unlabelled, returned from functions, destructured in declarations, loops and switch,
// compared element by element, swapped, nested, and used as dictionary values.
func minMax(_ values: [Int]) -> (min: Int, max: Int)? {
    guard let first = values.first else { return nil }
    return values.dropFirst().reduce((min: first, max: first)) { (min($0.min, $1), max($0.max, $1)) }
}

if let range = minMax([7, 2, 9, 4]) {
    print(range, range.min, range.max, range.0, range.1)
}
let (low, high) = minMax([5])!
print(low, high, minMax([]) == nil)

var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
swap(&a, &b)
print(a, b)

let points = [(x: 0, y: 0), (x: 3, y: 4), (x: -1, y: 1)]
for (x, y) in points where x >= 0 {
    print("(\(x), \(y)) at distance \(Double(x * x + y * y).squareRoot())")
}
for point in points {
    switch point {
    case (0, 0): print("origin")
    case (let x, let y) where x < 0: print("left at \(x), \(y)")
    case (_, let y): print("right, y = \(y)")
    }
}

print((1, "b") < (1, "c"), (2, 0) > (1, 99), (1, 2, 3) == (1, 2, 3), ("a", 1) <= ("a", 1))
let sorted = [(2, "b"), (1, "z"), (2, "a")].sorted { $0 < $1 }
print(sorted)

let nested = ((1, 2), (name: "x", values: [3, 4]))
print(nested.0.1, nested.1.name, nested.1.values.count)
var record = (name: "epoch", count: 0)
record.count += 3
record.name = record.name.uppercased()
print(record)

var stats: [String: (count: Int, total: Double)] = [:]
for (label, value) in [("a", 1.5), ("b", 2.0), ("a", 0.5)] {
    let current = stats[label] ?? (count: 0, total: 0)
    stats[label] = (current.count + 1, current.total + value)
}
for label in stats.keys.sorted() {
    let entry = stats[label]!
    print(label, entry.count, entry.total / Double(entry.count))
}
func divide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) { (a / b, a % b) }
let result = divide(17, 5)
print(result.quotient, result.remainder, divide(9, 3))
