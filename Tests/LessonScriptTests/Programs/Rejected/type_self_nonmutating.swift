struct Counter {
    var count = 0
    func tick() { count += 1 }
}
var counter = Counter()
counter.tick()
print(counter.count)
