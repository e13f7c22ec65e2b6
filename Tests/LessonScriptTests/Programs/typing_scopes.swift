// Names shadow each other as in Swift; each use has the type of the declaration it reaches.
let value = "global"
func measure(_ value: Double) -> Double { value * 2 }
print(measure(1.5), value)
struct Box {
    var value: Int
    func doubled() -> Int { value * 2 }
    func label() -> String { "box \(value)" }
}
print(Box(value: 4).doubled(), Box(value: 4).label())
let count = 3
for count in [0.5, 1.5] {
    print(count * 2)
}
if true {
    let count = "inner"
    print(count + "!")
}
let items = [1, 2]
let labels = items.map { count in "item \(count)" }
print(labels, count + 1)
func outer() -> String {
    let value = 10
    func inner() -> Int { value + 1 }
    return "\(inner())"
}
print(outer())
let text: String? = "x"
if let text = text {
    print(text + "y")
}
print(later(2))
func later(_ x: Int) -> Int { x * 100 }
let x: Int
if count > 2 {
    x = 1
} else {
    x = 2
}
print(x)
var pair = (1, "a")
pair.0 = 5
pair.1 += "b"
print(pair)
func tally(_ values: inout [Int]) {
    for index in values.indices { values[index] += 1 }
}
var tallies = [1, 2]
tally(&tallies)
print(tallies)
