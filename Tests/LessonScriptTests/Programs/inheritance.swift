// Classes inherit stored properties, methods and initializers; overrides dispatch dynamically; `super` reaches
// the superclass's implementation.
class Animal {
    let name: String
    var sound: String { "..." }
    static var count = 0
    init(name: String) {
        self.name = name
        Animal.count += 1
    }
    func speak() -> String { "\(name) says \(sound)" }
    func describe() -> String { "an animal called \(name)" }
    class func kind() -> String { "animal" }
    static func make(_ name: String) -> Animal { Animal(name: name) }
}

class Dog: Animal {
    var tricks: [String] = []
    override var sound: String { "woof" }
    override func describe() -> String { "a dog; " + super.describe() }
    func learn(_ trick: String) { tricks.append(trick) }
    override class func kind() -> String { "dog" }
}

final class Puppy: Dog {
    let age: Int
    init(name: String, age: Int) {
        self.age = age
        super.init(name: name)
    }
    override var sound: String { "yip" }
    override func describe() -> String { super.describe() + ", \(age) months old" }
}

let animals: [Animal] = [Animal(name: "Generic"), Dog(name: "Rex"), Puppy(name: "Bit", age: 3)]
for animal in animals {
    print(animal.speak())
    print(animal.describe())
}
let rex = Dog(name: "Rex")
rex.learn("sit")
rex.learn("roll")
print(rex.tricks, rex.name, Animal.count, Dog.count)
print(Animal.kind(), Dog.kind(), Puppy.kind())
print(Animal.make("Cat").speak())

for animal in animals {
    if let dog = animal as? Dog {
        print(dog.name, "is a dog", dog is Puppy)
    } else {
        print(animal.name, "is not a dog")
    }
}
let puppy = animals[2] as! Puppy
print(puppy.age, animals.filter { $0 is Dog }.count)
let same: Animal = puppy
print(same === animals[2], type(of: same))

class Shape {
    var area: Double { 0 }
    func scaled(by factor: Double) -> Shape { self }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    override var area: Double { side * side }
    override func scaled(by factor: Double) -> Shape { Square(side: side * factor) }
}
class Circle: Shape {
    var radius = 1.0
    override var area: Double { 3 * radius * radius }
}
let shapes: [Shape] = [Square(side: 2), Circle(), Square(side: 3).scaled(by: 2)]
print(shapes.map { $0.area })
let circle = Circle()
circle.radius = 2
print(circle.area, (shapes[2] as? Square)?.side ?? 0)

class Counter {
    var value = 0
    func increment() { value += 1 }
}
class LoggingCounter: Counter {
    var log: [Int] = []
    override func increment() {
        super.increment()
        log.append(value)
    }
}
let counter: Counter = LoggingCounter()
counter.increment()
counter.increment()
print(counter.value, (counter as! LoggingCounter).log)
