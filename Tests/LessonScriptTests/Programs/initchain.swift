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

struct Ticket {
    let seat: Int
    let row: Character
    init(seat: Int, row: Character) {
        self.seat = seat
        self.row = row
    }
    init(front seat: Int) { self.init(seat: seat, row: "A") }
    init?(code: String) {
        guard let row = code.first, let seat = Int(String(code.dropFirst())) else { return nil }
        self.init(seat: seat, row: row)
    }
}
let tickets = ["B12", "C7", "", "D?"].map { Ticket(code: $0) }
print(tickets.map { $0.map { "\($0.row)\($0.seat)" } ?? "invalid" }, Ticket(front: 3).row)

class Node {
    let value: Int
    var next: Node?
    init?(value: Int) {
        if value < 0 { return nil }
        self.value = value
    }
}
print(Node(value: 3)?.value ?? -1, Node(value: -3) == nil)
