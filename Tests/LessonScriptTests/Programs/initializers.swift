// Initializers: inherited ones, `super.init` called explicitly or implicitly, `self.init` delegation,
// convenience and failable initializers.
class Base {
    var log: [String] = []
    init() { log.append("Base.init()") }
    init(tag: String) { log.append("Base.init(tag: \(tag))") }
}
class Derived: Base {
    var extra = 1
}
print(Derived().log, Derived(tag: "x").log)

class Root {
    var log = ["Root.init()"]
    init() { log.append("body of Root.init()") }
}
class Implicit: Root {
    let size: Int
    init(size: Int) {
        self.size = size
    }
}
print(Implicit(size: 3).log, Implicit(size: 3).size)

class Explicit: Base {
    override init() {
        super.init(tag: "from Explicit")
        log.append("Explicit.init()")
    }
    convenience init(twice: Bool) {
        self.init()
        log.append("convenience")
    }
}
print(Explicit().log)
print(Explicit(twice: true).log)

struct Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { self.init(celsius: (fahrenheit - 32) * 5 / 9) }
    init?(text: String) {
        guard let value = Double(text) else { return nil }
        self.init(celsius: value)
    }
}
print(Temperature(fahrenheit: 212).celsius)
print(Temperature(text: "21.5")?.celsius ?? -1, Temperature(text: "warm") == nil)

struct Size {
    var width: Double
    var height: Double
}
extension Size {
    init(square side: Double) { self.init(width: side, height: side) }
}
print(Size(width: 1, height: 2), Size(square: 3))

class Account {
    let owner: String
    private(set) var balance = 0
    init?(owner: String) {
        if owner.isEmpty { return nil }
        self.owner = owner
    }
    func deposit(_ amount: Int) { balance += amount }
}
let account = Account(owner: "Ada")
account?.deposit(10)
print(account?.balance ?? 0, Account(owner: "") == nil)

class Point {
    var x: Double, y: Double
    init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
    convenience init() { self.init(x: 0, y: 0) }
}
class NamedPoint: Point {
    var name = "origin"
}
let p = NamedPoint()
print(p.x, p.y, p.name)
let q = NamedPoint(x: 1, y: 2)
print(q.x, q.y)
