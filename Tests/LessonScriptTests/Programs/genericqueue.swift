// Generic types: a queue and a ring buffer with generic methods, instantiated with several element types.
struct Queue<Element> {
    private var incoming: [Element] = []
    private var outgoing: [Element] = []

    var isEmpty: Bool { incoming.isEmpty && outgoing.isEmpty }
    var count: Int { incoming.count + outgoing.count }

    mutating func enqueue(_ element: Element) { incoming.append(element) }

    mutating func dequeue() -> Element? {
        if outgoing.isEmpty {
            outgoing = incoming.reversed()
            incoming.removeAll()
        }
        return outgoing.popLast()
    }

    func map<T>(_ transform: (Element) -> T) -> Queue<T> {
        var result = Queue<T>()
        for element in outgoing.reversed() + incoming { result.enqueue(transform(element)) }
        return result
    }
}

var jobs = Queue<String>()
jobs.enqueue("load")
jobs.enqueue("train")
print(jobs.dequeue() ?? "-", jobs.count)
jobs.enqueue("evaluate")
let shouted = jobs.map { $0.uppercased() }
var lengths = jobs.map { $0.count }
print(jobs.dequeue() ?? "-", jobs.dequeue() ?? "-", jobs.dequeue() ?? "-", jobs.isEmpty)
print(lengths.dequeue() ?? 0, lengths.dequeue() ?? 0, shouted.count)

final class RingBuffer<Element> {
    private var storage: [Element?]
    private var start = 0
    private(set) var count = 0
    init(capacity: Int) { storage = Array(repeating: nil, count: capacity) }

    func push(_ element: Element) {
        let index = (start + count) % storage.count
        storage[index] = element
        if count == storage.count {
            start = (start + 1) % storage.count
        } else {
            count += 1
        }
    }

    var elements: [Element] {
        (0..<count).compactMap { storage[(start + $0) % storage.count] }
    }
}

let recent = RingBuffer<Double>(capacity: 3)
for loss in [0.9, 0.7, 0.6, 0.4, 0.35] { recent.push(loss) }
print(recent.elements, recent.count)
let names = RingBuffer<String>(capacity: 2)
names.push("a")
print(names.elements)
names.push("b")
names.push("c")
print(names.elements)
