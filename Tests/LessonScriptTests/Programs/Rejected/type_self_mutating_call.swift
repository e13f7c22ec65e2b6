struct Counter {
    var count = 0
    mutating func tick() { count += 1 }
    func tickTwice() {
        tick()
        tick()
    }
}
var counter = Counter()
counter.tickTwice()
print(counter.count)
