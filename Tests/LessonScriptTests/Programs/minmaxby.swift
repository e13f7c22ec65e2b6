// Finding extremes: min()/max() on numbers and strings, min(by:)/max(by:) on structs and tuples,
// firstIndex(where:), the free min/max with several arguments, and sorting by keys.
struct Run {
    let name: String
    let accuracy: Double
    let epochs: Int
}

let runs = [
    Run(name: "baseline", accuracy: 0.912, epochs: 10),
    Run(name: "wider", accuracy: 0.934, epochs: 12),
    Run(name: "deeper", accuracy: 0.927, epochs: 20),
    Run(name: "tiny", accuracy: 0.851, epochs: 5),
]

let best = runs.max { $0.accuracy < $1.accuracy }!
let cheapest = runs.min { $0.epochs < $1.epochs }!
print(best.name, cheapest.name)
print(runs.map { $0.accuracy }.max()!, runs.map { $0.epochs }.min()!, runs.map { $0.name }.max()!)
print(runs.firstIndex { $0.accuracy > 0.92 } ?? -1, runs.firstIndex { $0.epochs > 50 } ?? -1)
print(runs.sorted { $0.epochs > $1.epochs }.map { $0.name })
print(runs.sorted { ($0.epochs, $0.name) < ($1.epochs, $1.name) }.map { $0.epochs })

print(min(3, 1, 2), max(2.5, 7.25, -1), min("b", "a"), max(1, 1))
let scores = [("ann", 90), ("bob", 72), ("cy", 90), ("dee", 65)]
let top = scores.max { $0.1 < $1.1 }!
let bottom = scores.min { $0.1 < $1.1 }!
print(top.0, bottom.0, scores.filter { $0.1 == top.1 }.map { $0.0 })
let empty: [Int] = []
print(empty.min() == nil, empty.max { $0 < $1 } == nil, [Double.infinity, 1].min()!)
let words = ["pear", "fig", "banana", "kiwi"]
print(words.min { $0.count < $1.count }!, words.max { $0.count < $1.count }!, words.sorted().first!)
var range = (low: Int.max, high: Int.min)
for value in [4, -2, 9, 0] {
    range.low = min(range.low, value)
    range.high = max(range.high, value)
}
print(range)
