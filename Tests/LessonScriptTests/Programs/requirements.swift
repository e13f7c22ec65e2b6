// Static and initializer requirements with Self, key paths as functions, Comparable raw-value enums, generic subscripts, closures in labelled tuples, final methods with defaults, casts in switch patterns.
protocol Vehicle {
    static var wheelCount: Int { get }
    var name: String { get }
    init(name: String)
    mutating func rename(_ n: String)
}
extension Vehicle {
    mutating func rename(_ n: String) { self = Self(name: n) }
    static func make(_ n: String) -> Self { Self(name: n) }
    var summary: String { "\(name) has \(Self.wheelCount) wheels" }
}
struct Bike: Vehicle {
    static let wheelCount = 2
    var name: String
}
var bike = Bike.make("bmx")
print(bike.summary)
bike.rename("road")
print(bike.name, Bike.wheelCount)

enum Level: Int, Comparable {
    case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
let levels = [Level.high, .low, .mid]
print(levels.sorted().map(\.rawValue), levels.max()!, Level(rawValue: 2).map { "\($0)" } ?? "none")

struct Grid<T> {
    private var cells: [T]
    let width: Int
    init(width: Int, height: Int, fill: T) {
        self.width = width
        cells = Array(repeating: fill, count: width * height)
    }
    subscript(x: Int, y: Int) -> T {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }
}
var grid = Grid(width: 3, height: 2, fill: ".")
grid[1, 1] = "#"
print(grid[1, 1], grid[0, 0])

func counter() -> (increment: () -> Int, reset: () -> Void) {
    var n = 0
    return (
        {
            n += 1; return n
        }, { n = 0 }
    )
}
let c = counter()
_ = c.increment()
print(c.increment())
c.reset()
print(c.increment())

class Animal {
    func sound() -> String { "..." }
    final func speak(times: Int = 1) -> String { Array(repeating: sound(), count: times).joined(separator: " ") }
}
class Cat: Animal { override func sound() -> String { "meow" } }
print(Cat().speak(times: 2), Animal().speak())

let values: [Any] = [1, "two", 3.0, [4], Cat()]
for v in values {
    switch v {
    case let i as Int: print("int", i)
    case let s as String: print("string", s)
    case is Double: print("double")
    case let a as Animal: print("animal", a.sound())
    default: print("other")
    }
}
