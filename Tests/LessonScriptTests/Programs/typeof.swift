// type(of:) and metatypes: the dynamic type of values, class instances seen through their superclass, type
// names in strings, and comparing types.
class Animal {
    func speak() -> String { "..." }
}
class Dog: Animal {
    override func speak() -> String { "woof" }
}
struct Point {
    var x = 0
}
enum Direction {
    case north, south
}

let animal: Animal = Dog()
print(type(of: animal), type(of: Animal()), type(of: Point()), type(of: Direction.north))
print(type(of: 1), type(of: 2.5), type(of: "s"), type(of: true), type(of: Character("c")))
print(type(of: [1, 2]), type(of: ["a": 1.0]), type(of: Set([1])), type(of: (1, "a")))
print(type(of: Optional(3)), type(of: [Point()]), type(of: 1...3), type(of: 0..<2))
print("\(type(of: animal))", String(describing: type(of: animal)))
print(type(of: animal) == Dog.self, type(of: animal) == Animal.self, animal is Dog)

let things: [Any] = [1, "two", 3.0, Point(x: 4), Direction.south, Dog(), [5]]
for thing in things {
    print(type(of: thing), terminator: " ")
}
print()
let names = things.map { "\(type(of: $0))" }
print(names.filter { $0.count <= 4 })
for thing in things {
    switch thing {
    case let number as Int: print("Int", number)
    case let text as String: print("String", text)
    case let point as Point: print("Point", point.x)
    case let dog as Dog: print("Dog says", dog.speak())
    case is Double: print("a Double")
    default: print("something else")
    }
}
