// A generic binary heap used as a priority queue: a struct with a Comparable constraint, mutating methods,
// private helpers, and a scheduler built on it.
struct Heap<Element: Comparable> {
    private var items: [Element] = []
    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    var peek: Element? { items.first }

    mutating func push(_ item: Element) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        siftDown(from: 0)
        return top
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count && items[left] < items[smallest] { smallest = left }
            if right < items.count && items[right] < items[smallest] { smallest = right }
            if smallest == parent { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

var numbers = Heap<Int>()
for n in [5, 3, 8, 1, 9, 2, 7] { numbers.push(n) }
var drained: [Int] = []
while let n = numbers.pop() { drained.append(n) }
print(drained, numbers.isEmpty)

struct Job: Comparable {
    let priority: Int
    let name: String
    static func < (lhs: Job, rhs: Job) -> Bool {
        lhs.priority != rhs.priority ? lhs.priority > rhs.priority : lhs.name < rhs.name
    }
}

var queue = Heap<Job>()
queue.push(Job(priority: 1, name: "cleanup"))
queue.push(Job(priority: 5, name: "train"))
queue.push(Job(priority: 3, name: "evaluate"))
queue.push(Job(priority: 5, name: "download"))
print(queue.count, queue.peek?.name ?? "-")
while let job = queue.pop() {
    print(job.priority, job.name)
}
var words = Heap<String>()
"the quick brown fox".split(separator: " ").forEach { words.push(String($0)) }
print(words.pop() ?? "", words.pop() ?? "", words.count)
