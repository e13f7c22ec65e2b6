struct Point {
    var x: Double
    var y: Double
    var length: Double { (x * x + y * y).squareRoot() }
    mutating func move(by dx: Double) { x += dx }
    func scaled(_ factor: Double) -> Point { Point(x: x * factor, y: y * factor) }
    static let origin = Point(x: 0, y: 0)
    static func unit() -> Point { Point(x: 1, y: 0) }
}
var p = Point(x: 3, y: 4)
print(p, p.length, p.x)
var q = p
q.move(by: 1)
print(p.x, q.x)
print(p.scaled(2), Point.origin, Point.unit())
struct Shape {
    var points: [Point] = []
    var name = "shape"
}
var shape = Shape()
shape.points.append(p)
shape.points.append(Point(x: 1, y: 1))
shape.points[0].x = 30
print(shape.points[0].x, shape.points.count, shape.name)
class Counter {
    var count = 0
    let label: String
    static var instances = 0
    init(label: String) {
        self.label = label
        Counter.instances += 1
    }
    func increment(by amount: Int = 1) { count += amount }
    var doubled: Int { count * 2 }
}
let a = Counter(label: "a")
let b = a
b.increment()
a.increment(by: 5)
print(a.count, b.count, a.doubled, a.label, Counter.instances)
let c = Counter(label: "c")
print(Counter.instances, c.count, a === b, a === c)
final class Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
let t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
struct Stack {
    private var items: [Int] = []
    mutating func push(_ item: Int) { items.append(item) }
    mutating func pop() -> Int? { items.popLast() }
    var isEmpty: Bool { items.isEmpty }
}
var stack = Stack()
stack.push(1)
stack.push(2)
print(stack.pop() ?? -1, stack.pop() ?? -1, stack.pop() ?? -1, stack.isEmpty)
struct Account: CustomStringConvertible {
    var owner: String
    var balance = 0.0
    var description: String { "\(owner): \(balance)" }
}
let account = Account(owner: "Ada", balance: 10)
print(account, [account])
enum Direction {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
}
let heading = Direction.north
print(heading, heading.opposite, heading == .north)
enum Planet: Int { case mercury = 1, venus, earth }
print(Planet.earth.rawValue, Planet(rawValue: 2) == .venus)
enum Shape2 {
    case circle(radius: Double)
    case square(side: Double)
}
func area(_ shape: Shape2) -> Double {
    switch shape {
    case .circle(let radius): return 3 * radius * radius
    case .square(let side): return side * side
    }
}
print(area(.circle(radius: 1)), area(Shape2.square(side: 3)))
struct Grid {
    var cells = [[0, 0], [0, 0]]
    mutating func set(_ row: Int, _ column: Int) { cells[row][column] = 1 }
}
var grid = Grid()
grid.set(1, 1)
print(grid.cells)
