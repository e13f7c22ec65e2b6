// Property observers, lazy properties and private(set) in a training-progress tracker.
final class Progress {
    private(set) var history: [String] = []
    var epoch = 0 {
        willSet { history.append("epoch \(epoch) -> \(newValue)") }
        didSet {
            if epoch > limit { epoch = limit }
        }
    }
    var bestLoss = Double.infinity {
        didSet(old) { history.append("best \(old) -> \(bestLoss)") }
    }
    let limit: Int
    lazy var banner: String = {
        history.append("banner made")
        return "Training for \(limit) epochs"
    }()
    init(limit: Int) { self.limit = limit }

    func record(_ loss: Double) {
        if loss < bestLoss { bestLoss = loss }
    }
}

struct Thermometer {
    var readings: [Double] = [] {
        didSet { print("now \(readings.count) readings") }
    }
    private(set) var updates = 0
    var celsius: Double = 0 {
        willSet(newTemperature) { print("about to set \(newTemperature)") }
        didSet { updates += 1 }
    }
    mutating func read(_ value: Double) {
        readings.append(value)
        celsius = value
    }
}

let progress = Progress(limit: 3)
print(progress.history.count)
print(progress.banner)
print(progress.banner)
for loss in [0.9, 0.7, 0.8, 0.4] {
    progress.epoch += 1
    progress.record(loss)
}
progress.epoch = 10
print(progress.epoch)
for line in progress.history { print(line) }
var t = Thermometer()
t.read(21.5)
t.read(19)
t.readings[0] = 20
print(t.celsius, t.updates, t.readings)
