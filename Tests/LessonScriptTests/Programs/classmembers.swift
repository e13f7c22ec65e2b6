// Static and class members: stored static properties, class computed properties and methods that subclasses
// override, and Self in static methods.
class Unit {
    static var created = 0
    static let prefix = "u-"
    class var symbol: String { "?" }
    class func describe() -> String { "unit with symbol \(symbol)" }
    static func make() -> Unit {
        created += 1
        return Unit()
    }
    let id: Int
    init() {
        Unit.created += 1
        id = Unit.created
    }
    var label: String { Unit.prefix + String(id) }
}

class Meter: Unit {
    override class var symbol: String { "m" }
}

class Kilometer: Meter {
    override class var symbol: String { "km" }
    override class func describe() -> String { "big " + super.describe() }
}

print(Unit.describe(), Meter.describe(), Kilometer.describe())
let units = [Unit(), Meter(), Kilometer(), Unit.make()]
print(units.map { $0.label }, Unit.created)
print(Meter.symbol, Kilometer.symbol, Unit.prefix)

struct Counter {
    static var instances = 0
    static let start = 10
    var value: Int
    init() {
        Counter.instances += 1
        value = Self.start
    }
    static func pair() -> (Counter, Counter) { (Counter(), Counter()) }
    mutating func increment() { value += 1 }
}
var (a, b) = Counter.pair()
a.increment()
a.increment()
b.increment()
print(a.value, b.value, Counter.instances)

enum Config {
    static let learningRate = 0.1
    static var epochs = 3
    static func schedule() -> [Double] {
        (0..<epochs).map { learningRate / Double($0 + 1) }
    }
}
print(Config.schedule())
Config.epochs = 5
print(Config.schedule().count, Config.learningRate)
