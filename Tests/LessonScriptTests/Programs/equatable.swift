// Equatable: synthesized for structs and enums (with associated values), hand-written ==, and the members that
// use it: ==, !=, contains, firstIndex(of:), removeAll, and arrays, optionals and tuples of equatable values.
struct Point: Equatable {
    var x: Int
    var y: Int
}

enum Move: Equatable {
    case step(Int)
    case turn(left: Bool)
    case stop
}

struct Version: Equatable {
    var major: Int
    var minor: Int
    var note: String
    static func == (lhs: Version, rhs: Version) -> Bool {
        lhs.major == rhs.major && lhs.minor == rhs.minor
    }
}

let origin = Point(x: 0, y: 0)
print(origin == Point(x: 0, y: 0), origin != Point(x: 1, y: 0))
let path = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1)]
print(path.contains(Point(x: 1, y: 0)), path.firstIndex(of: Point(x: 1, y: 1)) ?? -1)
print(path == [origin, Point(x: 1, y: 0), Point(x: 1, y: 1)], path.last == Point(x: 1, y: 1))

let moves: [Move] = [.step(3), .turn(left: true), .step(1), .stop, .turn(left: false)]
print(moves.contains(.stop), moves.contains(.step(2)), moves.firstIndex(of: .turn(left: false)) ?? -1)
print(moves.filter { $0 != .stop }.count, Move.step(1) == .step(1), Move.turn(left: true) == .turn(left: false))

let a = Version(major: 1, minor: 2, note: "first")
let b = Version(major: 1, minor: 2, note: "rebuilt")
print(a == b, a != Version(major: 2, minor: 0, note: ""), [a].contains(b))

var visited = path + [origin]
visited.removeAll { $0 == origin }
print(visited.count)
let maybe: Point? = Point(x: 1, y: 1)
print(maybe == path[2], maybe != nil, Optional<Point>.none == nil)
print((1, "a") == (1, "a"), (origin.x, origin.y) == (0, 1))

func indices<T: Equatable>(of target: T, in values: [T]) -> [Int] {
    values.indices.filter { values[$0] == target }
}
print(indices(of: .step(1), in: moves + [.step(1)]), indices(of: "b", in: ["a", "b", "b"]))
