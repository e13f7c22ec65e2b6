// Property observers, lazy properties, private(set), static and class properties.
struct Thermostat {
    var target: Double = 20 {
        willSet { print("about to set \(newValue), was \(target)") }
        didSet {
            print("set to \(target), was \(oldValue)")
            if target > 30 { target = 30 }
        }
    }
    var history: [Double] = [] {
        didSet(previous) { print("history grew from \(previous.count) to \(history.count)") }
    }
}
var thermostat = Thermostat()
thermostat.target = 25
thermostat.target += 10
print(thermostat.target)
thermostat.history.append(1)
thermostat.history += [2, 3]

class Model {
    var steps = 0 {
        didSet { if steps % 2 == 0 { print("step \(steps)") } }
    }
    init(steps: Int) {
        self.steps = steps
    }
    lazy var summary: String = {
        print("computing the summary")
        return "model after \(steps) steps"
    }()
    lazy var doubled = steps * 2
}
let model = Model(steps: 1)
model.steps += 1
model.steps += 1
print(model.summary)
print(model.summary)
print(model.doubled)
model.steps = 10
print(model.doubled)

class Base {
    var value = 0 {
        didSet { print("Base saw \(value)") }
    }
}
class Child: Base {
    override var value: Int {
        didSet { print("Child saw \(value)") }
    }
}
let child = Child()
child.value = 5

struct Scores {
    private(set) var best = 0
    private(set) var all: [Int] = []
    mutating func add(_ score: Int) {
        all.append(score)
        best = max(best, score)
    }
}
var scores = Scores()
scores.add(3)
scores.add(7)
scores.add(5)
print(scores.best, scores.all)

class Config {
    static var verbose = false
    static let version = "1.0"
    class var name: String { "config" }
    static var summary: String { "\(name) \(version) verbose: \(verbose)" }
}
class Special: Config {
    override class var name: String { "special" }
}
Config.verbose = true
print(Config.summary, Special.name, Special.verbose)
