// Property observers: willSet and didSet with newValue/oldValue and custom names, observers that clamp or log,
// observers on struct properties changed through mutating methods and on inherited properties.
struct Thermostat {
    var log: [String] = []
    var target: Double = 20 {
        willSet { log.append("will set \(target) -> \(newValue)") }
        didSet {
            if target > 30 { target = 30 }
            log.append("did set \(oldValue) -> \(target)")
        }
    }
    mutating func warmer() { target += 5 }
}

var thermostat = Thermostat()
thermostat.target = 22
thermostat.warmer()
thermostat.warmer()
thermostat.target += 1
for line in thermostat.log { print(line) }

class Progress {
    var events: [String] = []
    var fraction = 0.0 {
        willSet(next) { events.append("to \(next)") }
        didSet(previous) {
            if fraction >= 1 { events.append("done (was \(previous))") }
        }
    }
    var label = "" {
        didSet { events.append("label '\(label)'") }
    }
    init(label: String) {
        self.label = label
    }
}

let progress = Progress(label: "training")
for step in 1...4 { progress.fraction = Double(step) / 4 }
progress.label = "validating"
print(progress.events)

class Download: Progress {
    var chunks = 0
    override var fraction: Double {
        didSet { chunks += 1 }
    }
}
let download = Download(label: "weights")
download.fraction = 0.5
download.fraction = 1
print(download.chunks, download.events)

struct Grid {
    var cells = [0, 0, 0] {
        didSet { changes += 1 }
    }
    var changes = 0
}
var grid = Grid()
grid.cells[1] = 5
grid.cells.append(7)
grid.cells[0] += 1
print(grid.cells, grid.changes)
