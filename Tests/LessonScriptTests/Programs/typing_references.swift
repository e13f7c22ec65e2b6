// Classes are references (a `let` still lets its properties change), subclasses go where a superclass is
// expected, protocols and enums type their values: all accepted.
class Layer {
    var name: String
    init(name: String) { self.name = name }
    func describe() -> String { "layer \(name)" }
}
final class Dense: Layer {
    let size: Int
    init(name: String, size: Int) {
        self.size = size
        super.init(name: name)
    }
    override func describe() -> String { super.describe() + " \(size)" }
}
let layers: [Layer] = [Layer(name: "a"), Dense(name: "b", size: 3)]
let first = layers[0]
first.name = "input"
let dense = Dense(name: "hidden", size: 30)
dense.name = "renamed"
func show(_ layer: Layer) -> String { layer.describe() }
print(layers.map { $0.describe() }, show(dense))
protocol Shape {
    var area: Double { get }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}
struct Disc: Shape {
    var radius: Double
    var area: Double { 3 * radius * radius }
}
let shapes: [any Shape] = [Square(side: 2), Disc(radius: 1)]
func total(_ shapes: [any Shape]) -> Double { shapes.reduce(0) { $0 + $1.area } }
print(total(shapes), shapes[0].area)
enum Direction: Int {
    case north = 1, south
}
func turn(_ direction: Direction) -> Direction { direction == .north ? .south : .north }
print(turn(.north), Direction(rawValue: 2)!, Direction.north.rawValue + 1)
struct Money: Equatable {
    var cents: Int
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
}
print((Money(cents: 5) + Money(cents: 7)).cents, Money(cents: 1) == Money(cents: 1))
final class Model {
    var point = Square(side: 1)
    var history: [Double] = []
}
let model = Model()
model.point.side = 3
model.history.append(1)
model.history += [2]
print(model.point.area, model.history)
extension Int {
    var thousands: Double { Double(self) / 1000 }
}
print(12_345.thousands, 3.thousands * 2)
struct Counter {
    private(set) var count = 0
    mutating func tick() { count += 1 }
    mutating func reset() { self = Counter() }
}
var counter = Counter()
counter.tick()
counter.tick()
print(counter.count)
counter.reset()
print(counter.count)
