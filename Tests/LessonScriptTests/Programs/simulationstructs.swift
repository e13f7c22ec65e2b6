// Value semantics with structs inside classes, mutating methods, inout, tuples and observers.
struct Vector: Equatable, CustomStringConvertible {
    var x = 0.0, y = 0.0
    static let zero = Vector()
    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func * (a: Vector, k: Double) -> Vector { Vector(x: a.x * k, y: a.y * k) }
    static func += (a: inout Vector, b: Vector) { a = a + b }
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }
}

struct Particle {
    var position: Vector
    var velocity: Vector
    var bounces = 0
    mutating func step(dt: Double) {
        position += velocity * dt
        if position.y < 0 {
            position.y = -position.y
            velocity.y = -velocity.y
            bounces += 1
        }
    }
}

final class World {
    var particles: [Particle] = []
    var time = 0.0 {
        didSet { if Int(time) != Int(oldValue) { log.append("t=\(Int(time))") } }
    }
    var log: [String] = []
    let gravity = Vector(x: 0, y: -10)

    func step(dt: Double) {
        for i in particles.indices {
            particles[i].velocity += gravity * dt
            particles[i].step(dt: dt)
        }
        time += dt
    }
}

func swapped(_ pair: inout (Vector, Vector)) {
    pair = (pair.1, pair.0)
}

let world = World()
world.particles.append(Particle(position: Vector(x: 0, y: 1), velocity: Vector(x: 1, y: 0)))
world.particles.append(Particle(position: Vector(x: 5, y: 0.5), velocity: .zero))
var copy = world.particles[0]
for _ in 0..<8 { world.step(dt: 0.25) }
copy.step(dt: 1)
print(world.particles.map { $0.position }, world.particles.map(\.bounces))
print(copy.position, world.log, world.time)
var pair = (Vector(x: 1, y: 2), Vector.zero)
swapped(&pair)
print(pair.0, pair.1, pair.0 == .zero, Vector(x: 3, y: 4).length)
let (first, second) = (world.particles[0], world.particles[1])
print(first.velocity, second.velocity.y < 0)
