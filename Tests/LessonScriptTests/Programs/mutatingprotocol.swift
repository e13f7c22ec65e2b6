// Mutating protocol requirements, met by structs (mutating), enums (mutating, replacing self) and classes
// (plain methods); called on variables, through inout and through generic functions.
protocol Togglable {
    mutating func toggle()
}

protocol Stepper {
    var position: Int { get }
    mutating func step()
}

struct Switch: Togglable {
    var isOn = false
    mutating func toggle() { isOn = !isOn }
}

enum Light: Togglable {
    case off, low, high
    mutating func toggle() {
        switch self {
        case .off: self = .low
        case .low: self = .high
        case .high: self = .off
        }
    }
}

final class Lamp: Togglable {
    var presses = 0
    func toggle() { presses += 1 }
}

struct Walker: Stepper {
    var position = 0
    var stride = 2
    mutating func step() { position += stride }
}

func toggleTwice<T: Togglable>(_ value: inout T) {
    value.toggle()
    value.toggle()
}

func run<S: Stepper>(_ stepper: S, steps: Int) -> Int {
    var copy = stepper
    for _ in 0..<steps { copy.step() }
    return copy.position
}

var power = Switch()
power.toggle()
print(power.isOn)
toggleTwice(&power)
print(power.isOn)

var light = Light.off
for _ in 0..<4 {
    light.toggle()
    print(light, terminator: " ")
}
print()
toggleTwice(&light)
print(light)

let lamp = Lamp()
lamp.toggle()
var lampCopy = lamp
toggleTwice(&lampCopy)
print(lamp.presses)

let walker = Walker(position: 1, stride: 3)
print(run(walker, steps: 4), walker.position)

var togglers: [any Togglable] = [Switch(), Light.high, lamp]
for index in togglers.indices {
    togglers[index].toggle()
}
print(togglers[0] is Switch, (togglers[0] as? Switch)?.isOn ?? false, togglers[1] as? Light ?? .off, lamp.presses)
