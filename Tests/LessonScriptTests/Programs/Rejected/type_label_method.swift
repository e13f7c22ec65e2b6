struct Counter {
    var count = 0
    mutating func add(amount: Int) { count += amount }
}
var counter = Counter()
counter.add(by: 2)
print(counter.count)
