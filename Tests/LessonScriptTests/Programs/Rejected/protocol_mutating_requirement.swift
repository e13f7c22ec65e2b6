protocol Resettable {
    mutating func reset()
}
struct Meter: Resettable {
    var total = 0.0
    func reset() {
        total = 0
    }
}
var m = Meter()
m.reset()
