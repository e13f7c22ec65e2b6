for i in 0..<3 { print(i, terminator: " ") }
print()
for i in stride(from: 10, to: 0, by: -3) { print(i, terminator: " ") }
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
for i in 1...10 where i % 3 == 0 { print(i) }
var n = 0
while n < 5 { n += 2 }
print(n)
repeat { n -= 1 } while n > 0
print(n)
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j)
    }
}
for i in 0..<10 {
    if i == 1 { continue }
    if i == 4 { break }
    print("i =", i)
}
let value = 7
if value < 5 {
    print("small")
} else if value < 10 {
    print("medium")
} else {
    print("large")
}
func classify(_ number: Int) -> String {
    switch number {
    case 0: return "zero"
    case 1, 2, 3: return "few"
    case 4..<10: return "several"
    case let big where big >= 100: return "huge \(big)"
    default: return "many"
    }
}
print(classify(0), classify(2), classify(7), classify(50), classify(500))
func describe(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (let x, 0): return "on x at \(x)"
    case (0, let y): return "on y at \(y)"
    case let (x, y) where x == y: return "diagonal \(x)"
    default: return "elsewhere"
    }
}
print(describe((0, 0)), describe((3, 0)), describe((0, 4)), describe((2, 2)), describe((1, 5)))
switch "hello" {
case "hi", "hello": print("greeting")
default: print("other")
}
let optional: Int? = 4
if let optional { print("has", optional) }
if let doubled = optional.map({ $0 * 2 }), doubled > 5 { print("doubled", doubled) }
func check(_ input: Int?) -> String {
    guard let input, input > 0 else { return "invalid" }
    return "ok \(input)"
}
print(check(nil), check(-1), check(3))
let maybe: String? = nil
print(maybe ?? "default", maybe == nil, optional != nil)
let grade = value > 5 ? "pass" : "fail"
print(grade)
do {
    defer { print("deferred") }
    print("body")
}
var log: [String] = []
func work() {
    defer { log.append("cleanup") }
    log.append("work")
}
work()
print(log)
