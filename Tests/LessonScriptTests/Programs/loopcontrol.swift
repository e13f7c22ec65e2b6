// Loops and their exits: labelled break and continue across nested loops, repeat-while, while with complex
// conditions, defer blocks running in reverse order on every way out of a scope, and early returns.
func findPair(in grid: [[Int]], summingTo target: Int) -> (Int, Int)? {
    var result: (Int, Int)?
    search: for (row, values) in grid.enumerated() {
        for (column, value) in values.enumerated() {
            if value < 0 { continue search }
            if value == target {
                result = (row, column)
                break search
            }
        }
    }
    return result
}

let grid = [[1, 2, 3], [-1, 9, 9], [4, 9, 5]]
print(findPair(in: grid, summingTo: 9) ?? (-1, -1), findPair(in: grid, summingTo: 7) == nil)

var log: [String] = []
func process(_ items: [Int]) -> Int {
    log.append("start")
    defer { log.append("first defer") }
    defer { log.append("second defer") }
    var total = 0
    for item in items {
        defer { log.append("after \(item)") }
        if item == 0 { continue }
        if item < 0 { return -1 }
        total += item
    }
    return total
}
print(process([1, 0, 2]), log)
log.removeAll()
print(process([3, -1, 5]), log)

var attempts = 0
var value = 100
repeat {
    value /= 3
    attempts += 1
} while value > 1
print(attempts, value)

var a = 0
var b = 10
while a < b && b - a > 2 || a == 0 {
    a += 2
    b -= 1
}
print(a, b)

var steps: [String] = []
outer: while true {
    for i in 0..<5 {
        if i == 3 { break outer }
        if i % 2 == 1 { continue }
        steps.append("i\(i)")
    }
}
print(steps)

func firstMultiple(of n: Int, in range: ClosedRange<Int>) -> Int? {
    for candidate in range where candidate % n == 0 {
        return candidate
    }
    return nil
}
print(firstMultiple(of: 7, in: 50...60) ?? 0, firstMultiple(of: 11, in: 1...10) == nil)
var countdown = [Int]()
for i in stride(from: 10, through: 0, by: -3) { countdown.append(i) }
print(countdown)
