// Generic functions and types, with constraints.
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]) ?? 0, largest(["b", "c", "a"]) ?? "", largest([Int]()) == nil)

func swapped<A, B>(_ pair: (A, B)) -> (B, A) { (pair.1, pair.0) }
print(swapped((1, "one")))

func firstIndex<T: Equatable>(of target: T, in xs: [T]) -> Int? {
    for (index, x) in xs.enumerated() where x == target { return index }
    return nil
}
print(firstIndex(of: "c", in: ["a", "b", "c"]) ?? -1, firstIndex(of: 5, in: [1, 2]) ?? -1)

func apply<T>(_ f: (T) -> T, times: Int, to value: T) -> T {
    var result = value
    for _ in 0..<times { result = f(result) }
    return result
}
print(apply({ $0 * 2 }, times: 5, to: 1), apply({ $0 + "!" }, times: 3, to: "hey"))

struct Stack<Element> {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
}
var stack = Stack<Int>()
stack.push(1)
stack.push(2)
stack.push(3)
print(stack.pop() ?? 0, stack.peek() ?? 0, stack.count)
var words = Stack<String>()
words.push("a")
print(words.pop() ?? "", words.isEmpty)

struct Pair<First, Second> {
    let first: First
    let second: Second
    func flipped() -> Pair<Second, First> { Pair<Second, First>(first: second, second: first) }
}
let pair = Pair(first: 1, second: "one")
print(pair.first, pair.second, pair.flipped().first)

func sum<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
print(sum([1, 2, 3]), sum([0.5, 0.25]))

func describeAll<T>(_ items: [T]) -> [String] where T: CustomStringConvertible {
    items.map { $0.description }
}
print(describeAll([1, 2]))

enum Result2<Value> {
    case success(Value)
    case failure(String)
}
let results: [Result2<Int>] = [.success(3), .failure("bad"), .success(4)]
for result in results {
    switch result {
    case .success(let value): print("ok", value)
    case .failure(let message): print("failed:", message)
    }
}
class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func map<U>(_ transform: (T) -> U) -> Box<U> { Box<U>(transform(value)) }
}
let box = Box(21)
print(box.map { $0 * 2 }.value, box.map { "\($0)" }.value)
