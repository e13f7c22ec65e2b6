// Trailing closures that fill labelled closure parameters of the standard library: first(where:), contains(where:),
// firstIndex(where:), sorted(by:), allSatisfy, drop, min(by:), reduce(_:_:), and our own labelled functions.
let losses = [0.92, 0.71, 0.55, 0.61, 0.34, 0.29, 0.31]
print(losses.first { $0 < 0.6 } ?? -1)
print(losses.contains { $0 > 0.9 }, losses.contains { $0 < 0 })
print(losses.firstIndex { $0 < 0.5 } ?? -1, losses.lastIndex { $0 > 0.6 } ?? -1)
print(losses.sorted { $0 > $1 }.prefix(3))
print(losses.allSatisfy { $0 > 0 }, losses.allSatisfy { $0 < 0.9 })
print(losses.min { abs($0 - 0.5) < abs($1 - 0.5) } ?? -1, losses.max { $0 < $1 } ?? -1)
print(losses.reduce(0) { $0 + ($1 > 0.5 ? 1 : 0) })
print(losses.filter { $0 < 0.5 }.map { Int($0 * 100) })
print(losses.last { $0 > 0.5 } ?? -1)
var sortedCopy = losses
sortedCopy.sort { $0 < $1 }
print(sortedCopy.first ?? -1, sortedCopy.last ?? -1)
sortedCopy.removeAll { $0 > 0.6 }
print(sortedCopy.count)

func retry(times: Int, delay: Double = 0, operation: (Int) -> Bool) -> Int? {
    for attempt in 1...times where operation(attempt) { return attempt }
    return nil
}
print(retry(times: 5) { $0 * $0 > 10 } ?? 0, retry(times: 2) { _ in false } ?? 0)

func measure(_ label: String, body: () -> Int) -> String {
    "\(label): \(body())"
}
print(measure("sum") { (1...10).reduce(0, +) })

func transform(_ values: [Int], using transform: (Int) -> Int = { $0 }) -> [Int] {
    values.map(transform)
}
print(transform([1, 2, 3]), transform([1, 2, 3]) { $0 * $0 })

let names = ["zeta", "alpha", "Mu", "beta"]
print(names.sorted { $0.lowercased() < $1.lowercased() })
print(names.map { $0.count }.reduce(into: 0) { $0 += $1 })
let grouped = Dictionary(grouping: names) { $0.count }
print(grouped.keys.sorted(), grouped[4] ?? [])
let counts = names.reduce(into: [:]) { counts, name in counts[name.first!, default: 0] += 1 }
print(counts.count)
