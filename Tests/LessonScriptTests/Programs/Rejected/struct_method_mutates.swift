struct Accumulator {
    var total = 0.0
    func add(_ x: Double) {
        total += x
    }
}
var acc = Accumulator()
acc.add(2)
print(acc.total)
