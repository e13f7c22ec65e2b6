// Generic helpers with constraints, a generic stack and constrained extensions.
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs.dropFirst() where x > best { best = x }
    return best
}

func countMatches<T: Equatable>(_ xs: [T], _ target: T) -> Int {
    xs.filter { $0 == target }.count
}

func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    Array(zip(a, b))
}

struct Stack<Element> {
    private(set) var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
}

extension Stack where Element: Comparable {
    var maximum: Element? { largest(items) }
}

extension Stack: CustomStringConvertible {
    var description: String { "Stack\(items)" }
}

extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func normalized() -> [Double] {
        let m = mean
        return map { $0 - m }
    }
}

extension Array where Element == Int {
    var total: Int { reduce(0, +) }
}

print(largest([3, 9, 2]) ?? -1, largest(["pear", "apple"]) ?? "", largest([Double]()) as Any)
print(countMatches([1, 2, 1, 1], 1), countMatches(["a", "b"], "c"))
for (n, s) in pairUp([1, 2, 3], ["one", "two"]) { print(n, s) }
var stack = Stack<Int>()
for v in [4, 8, 1] { stack.push(v) }
print(stack, stack.maximum ?? 0, stack.peek() ?? 0)
print(stack.pop() ?? 0, stack.items, stack.isEmpty)
var words = Stack<String>()
words.push("loss")
print(words.maximum ?? "-", words.description)
let losses = [0.5, 0.25, 0.75]
print(losses.mean, losses.normalized(), [1, 2, 3].total)
