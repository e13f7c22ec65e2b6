final class Tracker {
    var total = 0.0
    func add(_ loss: Double) { total += loss }
}
let tracker = Tracker()
tracker.add("0.5")
print(tracker.total)
