// Initializers along a class hierarchy: designated, convenience and required initializers, two-phase order.
class Vehicle {
    let wheels: Int
    var name: String
    init(wheels: Int, name: String) {
        print("Vehicle.init(\(wheels), \(name))")
        self.wheels = wheels
        self.name = name
    }
    convenience init(name: String) {
        print("Vehicle.init(name: \(name))")
        self.init(wheels: 4, name: name)
    }
    required init() {
        self.wheels = 0
        self.name = "nothing"
    }
    func describe() -> String { "\(name) on \(wheels) wheels" }
}

class Bicycle: Vehicle {
    var gears: Int
    init(gears: Int) {
        print("Bicycle.init(gears: \(gears))")
        self.gears = gears
        super.init(wheels: 2, name: "bicycle")
        name += " with \(gears) gears"
    }
    required init() {
        gears = 1
        super.init()
        name = "unicycle?"
    }
    override func describe() -> String { "a " + super.describe() }
}

class Car: Vehicle {
    var seats = 5
}

let bike = Bicycle(gears: 21)
print(bike.describe())
let car = Car(name: "hatchback")
print(car.describe(), car.seats)
let truck = Car(wheels: 6, name: "truck")
print(truck.describe())
let plain = Bicycle()
print(plain.describe(), plain.gears)

struct Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { self.init(celsius: (fahrenheit - 32) * 5 / 9) }
    init?(text: String) {
        guard let value = Double(text) else { return nil }
        self.init(celsius: value)
    }
}
print(Temperature(fahrenheit: 212).celsius, Temperature(text: "21.5")?.celsius ?? -1)
print(Temperature(text: "warm") == nil)

class Node {
    let value: Int
    var next: Node?
    init?(value: Int) {
        if value < 0 { return nil }
        self.value = value
    }
}
print(Node(value: 3)?.value ?? -1, Node(value: -3) == nil)
