final class Counter {
    private(set) var count = 0
    func increment() { count += 1 }
}
let counter = Counter()
counter.increment()
counter.count = 10
print(counter.count)
