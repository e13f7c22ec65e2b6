// Closures capturing state: counters made by functions, closures capturing loop variables, capture lists that
// copy a value at creation, escaping closures stored in arrays and dictionaries, and closures that mutate
// captured structs.
func makeAccumulator(start: Int) -> (Int) -> Int {
    var total = start
    return { amount in
        total += amount
        return total
    }
}

let add = makeAccumulator(start: 10)
let other = makeAccumulator(start: 0)
print(add(5), add(5), other(1), add(0))

var handlers: [() -> String] = []
for name in ["a", "b", "c"] {
    handlers.append { "handler \(name)" }
}
print(handlers.map { $0() })

var counter = 0
let captureByReference = { counter }
let captureByValue = { [counter] in counter }
counter = 42
print(captureByReference(), captureByValue())

var multiplier = 2
let scaled = [1, 2, 3].map { $0 * multiplier }
multiplier = 10
print(scaled)

struct Tally {
    var count = 0
}
var tally = Tally()
let bump = { tally.count += 1 }
bump()
bump()
print(tally.count)

var operations: [String: (Double, Double) -> Double] = [
    "add": { $0 + $1 },
    "mul": { $0 * $1 },
]
operations["pow"] = { base, exponent in
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
}
for key in operations.keys.sorted() {
    print(key, operations[key]!(2.0, 5.0))
}

func repeatAction(_ times: Int, _ action: () -> Void) {
    for _ in 0..<times { action() }
}
var lines: [String] = []
repeatAction(3) { lines.append("line \(lines.count)") }
print(lines)

final class Button {
    var onTap: (() -> Void)?
    func tap() { onTap?() }
}
let button = Button()
var taps = 0
button.tap()
button.onTap = { taps += 1 }
button.tap()
button.tap()
print(taps)
let sorter: ([Int]) -> [Int] = { $0.sorted(by: >) }
print(sorter([3, 1, 2]), [[3, 1], [2]].map(sorter))
