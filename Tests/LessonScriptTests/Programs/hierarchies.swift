// Class hierarchies with descriptions, protocols with mutating requirements, constrained extensions of generic types, raw-value enums, linked classes, Comparable and variadic generics.
class Shape: CustomStringConvertible {
    var name: String { "shape" }
    var description: String { "a \(name)" }
}
class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r }
    override var name: String { "circle" }
    override var description: String { super.description + " of radius \(r)" }
}
let shapes = [Shape(), Circle(r: 2)]
print(shapes)
for s in shapes { print(s) }
print("\(shapes[1])")

protocol Resettable { mutating func reset() }
struct Counter: Resettable { var n = 3; mutating func reset() { n = 0 } }
var r: Resettable = Counter()
r.reset()
print((r as! Counter).n)

struct Queue<T> {
    var items: [T] = []
    mutating func enqueue(_ x: T) { items.append(x) }
    mutating func dequeue() -> T? { items.isEmpty ? nil : items.removeFirst() }
}
extension Queue where T: Comparable {
    var smallest: T? { items.min() }
}
var q = Queue<Int>()
q.enqueue(3); q.enqueue(1); q.enqueue(2)
print(q.smallest ?? -1, q.dequeue() ?? -1, q.items)

enum Op: String, CaseIterable {
    case add = "+", sub = "-"
    func apply(_ a: Int, _ b: Int) -> Int {
        switch self {
        case .add: return a + b
        case .sub: return a - b
        }
    }
}
for op in Op.allCases { print(op, op.rawValue, op.apply(5, 3)) }
print(Op(rawValue: "+")!.apply(1, 1))

class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
}
let list = Node(1, next: Node(2, next: Node(3)))
var cursor: Node? = list
var total = 0
while let node = cursor { total += node.value; cursor = node.next }
print(total, list.next?.next?.value ?? 0)

struct Temperature: Comparable {
    var degrees: Double
    static func < (a: Temperature, b: Temperature) -> Bool { a.degrees < b.degrees }
}
let temps = [Temperature(degrees: 30), Temperature(degrees: 10)]
print(temps.sorted().map { $0.degrees }, temps.max()!.degrees, temps[0] > temps[1])

func describe<T: CustomStringConvertible>(_ items: T...) -> String {
    items.map { $0.description }.joined(separator: ",")
}
print(describe(1, 2, 3))

protocol Animal { var legs: Int { get } }
struct Dog: Animal { let legs = 4 }
struct Bird: Animal { let legs = 2 }
let zoo: [Animal] = [Dog(), Bird(), Dog()]
print(zoo.map { $0.legs }.reduce(0, +), zoo.filter { $0 is Dog }.count, zoo.compactMap { $0 as? Bird }.count)
