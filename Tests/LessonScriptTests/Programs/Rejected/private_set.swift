struct Counter {
    private(set) var count = 0
    mutating func increment() { count += 1 }
}
var counter = Counter()
counter.increment()
counter.count = 10
