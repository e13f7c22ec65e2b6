// Comparable: hand-written < on a struct, synthesized for an enum without associated values, and what it gives:
// sorted(), min(), max(), >, <=, ranges and clamping, and sorting by several keys.
struct Duration: Comparable, CustomStringConvertible {
    var seconds: Int
    static func < (lhs: Duration, rhs: Duration) -> Bool { lhs.seconds < rhs.seconds }
    var description: String { "\(seconds / 60)m\(seconds % 60)s" }
}

enum Priority: Comparable {
    case low, medium, high, urgent
}

struct Task {
    let title: String
    let priority: Priority
    let estimate: Duration
}

let durations = [Duration(seconds: 300), Duration(seconds: 45), Duration(seconds: 125)]
print(durations.sorted(), durations.min()!, durations.max()!)
print(Duration(seconds: 10) > Duration(seconds: 5), Duration(seconds: 3) <= Duration(seconds: 3))
print(durations.sorted(by: >))

print(Priority.low < .high, Priority.urgent > .medium, [Priority.high, .low, .urgent, .medium].sorted())
print([Priority.medium, .high].max()!, Priority.low >= .low)

let tasks = [
    Task(title: "write", priority: .high, estimate: Duration(seconds: 3600)),
    Task(title: "test", priority: .high, estimate: Duration(seconds: 1200)),
    Task(title: "lunch", priority: .low, estimate: Duration(seconds: 1800)),
    Task(title: "fix", priority: .urgent, estimate: Duration(seconds: 600)),
]
let ordered = tasks.sorted {
    if $0.priority != $1.priority { return $0.priority > $1.priority }
    return $0.estimate < $1.estimate
}
print(ordered.map { $0.title })

func clamp<T: Comparable>(_ value: T, to range: ClosedRange<T>) -> T {
    min(max(value, range.lowerBound), range.upperBound)
}
print(clamp(15, to: 0...10), clamp(-2.5, to: -1.0...1.0), clamp("m", to: "a"..."f"))
let short = Duration(seconds: 60)...Duration(seconds: 600)
print(short.contains(Duration(seconds: 125)), short.contains(Duration(seconds: 3600)))
print(max(Duration(seconds: 1), Duration(seconds: 2)), min(Priority.high, .medium))
print("apple" < "banana", [3, 1, 2].sorted() == [1, 2, 3], (1, "b") < (1, "c"))
