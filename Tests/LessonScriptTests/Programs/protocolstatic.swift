// Protocols with static and initializer requirements: `Self` in requirements, factory methods called through a
// generic type parameter, protocols used as constraints for generic containers, and default values.
protocol Zero {
    static var zero: Self { get }
    static func + (lhs: Self, rhs: Self) -> Self
}

extension Int: Zero {}
extension Double: Zero {}

struct Money: Zero, CustomStringConvertible {
    var cents: Int
    static var zero: Money { Money(cents: 0) }
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}

func total<T: Zero>(_ values: [T]) -> T {
    values.reduce(T.zero, +)
}

print(total([1, 2, 3]), total([0.5, 0.25]), total([Money(cents: 150), Money(cents: 275)]), total([Money(cents: 7)]))

protocol Shape {
    init(size: Double)
    var area: Double { get }
    static var name: String { get }
}

struct Square: Shape {
    let side: Double
    init(size: Double) { side = size }
    var area: Double { side * side }
    static var name: String { "square" }
}

struct Circle: Shape {
    let radius: Double
    init(size: Double) { radius = size / 2 }
    var area: Double { 3 * radius * radius }
    static var name: String { "circle" }
}

func make<S: Shape>(_ type: S.Type, sizes: [Double]) -> [S] {
    sizes.map { S(size: $0) }
}

func describe<S: Shape>(_ shapes: [S]) -> String {
    "\(shapes.count) \(S.name)s with area \(shapes.map { $0.area }.reduce(0, +))"
}

let squares = make(Square.self, sizes: [1, 2, 3])
let circles = make(Circle.self, sizes: [2, 4])
print(describe(squares))
print(describe(circles))
print(Square.name, Circle(size: 10).radius, type(of: squares[0]).name)

protocol Resettable {
    init()
    mutating func reset()
}

extension Resettable {
    mutating func reset() { self = Self() }
}

struct Counter: Resettable {
    var count = 0
}

var counter = Counter(count: 5)
counter.reset()
print(counter.count)
func fresh<T: Resettable>(_ type: T.Type) -> T { T() }
print(fresh(Counter.self).count)
