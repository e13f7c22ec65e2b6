// A 2-D vector type with operators declared as static functions: arithmetic, compound assignment, prefix minus,
// equality and ordering by length, used with reduce and sorting.
struct Vector: Equatable, CustomStringConvertible {
    var x: Double
    var y: Double

    static let zero = Vector(x: 0, y: 0)

    static func + (lhs: Vector, rhs: Vector) -> Vector { Vector(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
    static func - (lhs: Vector, rhs: Vector) -> Vector { Vector(x: lhs.x - rhs.x, y: lhs.y - rhs.y) }
    static func * (lhs: Double, rhs: Vector) -> Vector { Vector(x: lhs * rhs.x, y: lhs * rhs.y) }
    static func * (lhs: Vector, rhs: Vector) -> Double { lhs.x * rhs.x + lhs.y * rhs.y }
    static prefix func - (vector: Vector) -> Vector { Vector(x: -vector.x, y: -vector.y) }
    static func += (lhs: inout Vector, rhs: Vector) { lhs = lhs + rhs }

    var length: Double { (self * self).squareRoot() }
    var normalized: Vector { length == 0 ? self : (1 / length) * self }
    var description: String { "(\(x), \(y))" }
}

extension Vector: Comparable {
    static func < (lhs: Vector, rhs: Vector) -> Bool { lhs.length < rhs.length }
}

let a = Vector(x: 3, y: 4)
let b = Vector(x: -1, y: 2)
print(a + b, a - b, 2 * a, -b, a * b)
print(a.length, a.normalized, Vector.zero.normalized)
var position = Vector.zero
for step in [a, b, Vector(x: 0.5, y: -0.5)] {
    position += step
}
print(position, position == Vector(x: 2.5, y: 5.5), position != a)
let path = [a, b, -a, 2 * b]
print(path.reduce(Vector.zero, +), path.sorted(), path.max()!, path.min()!)
print(path.contains(Vector(x: -3, y: -4)), path.firstIndex(of: b) ?? -1)
print(a > b, a <= a, [a, b].sorted(by: >))

var velocity = Vector(x: 1, y: 0)
var place = Vector.zero
let gravity = Vector(x: 0, y: -0.5)
for _ in 0..<4 {
    place += velocity
    velocity += gravity
}
print(place, velocity)
