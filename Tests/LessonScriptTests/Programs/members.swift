// Members used before their declaration, dynamic type names, associated types, enum payload types, generic descriptions, singletons, reduce(into:) with tuples, lazy.
struct Rect {
    var area: Double { width * height }
    func scaled(_ k: Double) -> Rect { Rect(width: width * k, height: height * k).normalized() }
    func normalized() -> Rect { self }
    var width: Double
    var height: Double
}
print(Rect(width: 2, height: 3).area, Rect(width: 1, height: 1).scaled(3))

class Vehicle {
    var wheels: Int { 0 }
    func describe() -> String { "\(type(of: self)) with \(wheels) wheels" }
}
class Car: Vehicle { override var wheels: Int { 4 } }
class Bike: Vehicle { override var wheels: Int { 2 } }
for v in [Car(), Bike(), Vehicle()] as [Vehicle] { print(v.describe()) }

protocol Container {
    associatedtype Item
    var items: [Item] { get }
    func count() -> Int
}
extension Container {
    func count() -> Int { items.count }
}
struct Bag: Container {
    var items: [String]
}
print(Bag(items: ["a", "b"]).count())

enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3)]
for shape in shapes {
    switch shape {
    case .circle(let r): print("circle", r)
    case let .rect(w, h): print("rect", w * h)
    }
}
if case let .rect(width: w, height: _) = shapes[1] { print("width", w) }
print(shapes[0])

struct Stack<Element>: CustomStringConvertible {
    private var storage: [Element] = []
    mutating func push(_ e: Element) { storage.append(e) }
    var description: String { "Stack(\(storage))" }
}
var s = Stack<String>()
s.push("x")
print(s)

final class Cache {
    static let shared = Cache()
    private var store: [String: Int] = [:]
    private init() {}
    func set(_ k: String, _ v: Int) { store[k] = v }
    func get(_ k: String) -> Int? { store[k] }
}
Cache.shared.set("a", 1)
print(Cache.shared.get("a") ?? 0, Cache.shared.get("b") == nil)

let nums = [1, 2, 3, 4, 5, 6]
let (evens, odds) = nums.reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
print(nums.lazy.map { $0 * 2 }.filter { $0 > 4 }.first ?? 0)
