// Protocols with property, method and mutating requirements, default implementations and any existentials.
protocol Shape: CustomStringConvertible {
    var name: String { get }
    var area: Double { get }
    mutating func scale(by factor: Double)
}

extension Shape {
    var description: String { "\(name) with area \(area)" }
    func isLarger(than other: any Shape) -> Bool { area > other.area }
}

protocol Named {
    var label: String { get set }
}

struct Square: Shape, Named {
    var side: Double
    var label = "sq"
    var name: String { "square" }
    var area: Double { side * side }
    mutating func scale(by factor: Double) { side *= factor }
}

struct Circle: Shape {
    var radius: Double
    let name = "circle"
    var area: Double { 3.0 * radius * radius }
    mutating func scale(by factor: Double) { radius *= factor }
    var description: String { "circle r=\(radius)" }
}

var shapes: [any Shape] = [Square(side: 2), Circle(radius: 1)]
print(shapes[0], shapes[1])
for i in shapes.indices { shapes[i].scale(by: 2) }
print(shapes.map(\.area), shapes[0].isLarger(than: shapes[1]))
print(shapes.map { $0.description })
var sq = Square(side: 3)
sq.label = "big"
var named: any Named = sq
named.label += "!"
print(sq.label, named.label, sq)
let largest = shapes.max { $0.area < $1.area }!
print(largest.name, type(of: largest))
if let c = shapes[1] as? Circle { print("a circle of radius", c.radius) }
print(shapes.filter { $0 is Square }.count, shapes.contains { $0 is Named })
func totalArea(_ shapes: [any Shape]) -> Double { shapes.reduce(0) { $0 + $1.area } }
print(totalArea(shapes))
func describeAll<S: Shape>(_ items: [S]) -> String { items.map(\.name).joined(separator: "+") }
print(describeAll([Square(side: 1), Square(side: 2)]))
