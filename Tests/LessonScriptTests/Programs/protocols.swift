// Protocols: property and method requirements, mutating requirements, default implementations in extensions,
// existentials (`any P`), protocol inheritance, `is` / `as?` with protocols.
protocol Shape {
    var name: String { get }
    var area: Double { get }
    func scaled(by factor: Double) -> Shape
}

extension Shape {
    var name: String { "shape" }
    func describe() -> String { "\(name) with area \(area)" }
}

struct Square: Shape {
    var side: Double
    var name: String { "square" }
    var area: Double { side * side }
    func scaled(by factor: Double) -> Shape { Square(side: side * factor) }
}

struct Circle: Shape {
    var radius: Double
    var area: Double { 3.0 * radius * radius }
    func scaled(by factor: Double) -> Shape { Circle(radius: radius * factor) }
}

let shapes: [any Shape] = [Square(side: 2), Circle(radius: 1)]
for shape in shapes {
    print(shape.describe())
    print(shape.scaled(by: 2).area)
}
let total = shapes.reduce(0) { $0 + $1.area }
print(total)

protocol Resettable {
    mutating func reset()
}
struct Counter: Resettable {
    var count = 0
    mutating func increment() { count += 1 }
    mutating func reset() { count = 0 }
}
var counter = Counter()
counter.increment()
counter.increment()
print(counter.count)
counter.reset()
print(counter.count)

protocol Named {
    var name: String { get set }
}
protocol Greeter: Named {
    func greet() -> String
}
extension Greeter {
    func greet() -> String { "Hello, \(name)!" }
}
class Person: Greeter {
    var name: String
    init(name: String) { self.name = name }
}
class Robot: Greeter {
    var name = "R2"
    func greet() -> String { "Beep, I am \(name)" }
}
let greeters: [Greeter] = [Person(name: "Ada"), Robot()]
print(greeters.map { $0.greet() })
var person = Person(name: "Grace")
person.name = "Grace Hopper"
print(person.greet(), person is Named, greeters[1] is Person)
if let named = greeters[0] as? Named {
    print("named:", named.name)
}
func introduce(_ someone: some Greeter) -> String { someone.greet() }
print(introduce(Robot()))

protocol Describable {
    static var kind: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "a \(Self.kind)" }
}
struct Apple: Describable {
    static var kind: String { "fruit" }
}
struct Carrot: Describable {
    static let kind = "vegetable"
    func describe() -> String { "an orange \(Carrot.kind)" }
}
print(Apple().describe(), Carrot().describe())
let things: [Describable] = [Apple(), Carrot()]
print(things.map { $0.describe() })
