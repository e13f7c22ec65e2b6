// Generic functions and types and closures: types the checker cannot know stay open, never an error.
func largest<T: Comparable>(_ values: [T]) -> T? { values.max() }
print(largest([3, 1, 2])!, largest(["b", "a"])!, largest([0.5, 1.5])! * 2)
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
}
var stack = Stack<Int>()
stack.push(1)
stack.push(2)
print(stack.pop()! + 10, stack.items)
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
print(apply({ $0 * 2 }, to: 3), apply({ value in value + 1 }, to: 1))
let double: (Double) -> Double = { $0 * 2 }
print(double(3.5), [1.0, 2.0].map(double))
let numbers = [5, 3, 8]
print(numbers.sorted(by: >), numbers.map(String.init), numbers.reduce(0, +))
print(numbers.reduce(into: 0) { $0 += $1 }, numbers.reduce(1) { $0 * $1 })
func makeCounter() -> () -> Int {
    var calls = 0
    return {
        calls += 1
        return calls
    }
}
let next = makeCounter()
print(next(), next())
var handlers: [(Int) -> Int] = []
handlers.append { $0 + 1 }
handlers.append { x in x * 10 }
print(handlers.map { $0(2) })
let pairs = zip([1, 2], ["a", "b"]).map { "\($1)\($0)" }
print(pairs)
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let describe = compose({ (x: Int) in x * 2 }, { (y: Int) in "value \(y)" })
print(describe(4))
let sortedWords = ["pear", "fig", "apple"].sorted { $0.count < $1.count }
print(sortedWords, sortedWords.first { $0.hasPrefix("a") } ?? "none")
for (index, value) in numbers.enumerated() where index > 0 {
    print(index, value * 2)
}
let grouped = Dictionary(grouping: numbers) { $0 % 2 == 0 ? "even" : "odd" }
print(grouped["odd"]!.count)
