// Trailing closures fill labelled closure parameters; multiple trailing closures.
let xs = [5, 3, 8, 1, 9, 2]
print(xs.first { $0 > 4 } ?? -1, xs.last { $0 < 3 } ?? -1)
print(xs.sorted { $0 > $1 }, xs.contains { $0 > 8 }, xs.contains(3))
print(xs.firstIndex { $0 == 8 } ?? -1, xs.lastIndex { $0 < 5 } ?? -1)
print(xs.min { $0 % 5 < $1 % 5 } ?? 0, xs.max { $0 % 5 < $1 % 5 } ?? 0)
print(xs.allSatisfy { $0 > 0 }, xs.filter { $0.isMultiple(of: 2) }, xs.map { $0 * 10 })
print(xs.reduce(0) { $0 + $1 }, xs.reduce(into: [Int]()) { $0.append($1 * 2) })
print(xs.compactMap { $0 > 4 ? String($0) : nil }, xs.flatMap { [$0, $0] }.count)
var ys = xs
ys.removeAll { $0 < 4 }
print(ys)
ys.sort { $0 > $1 }
print(ys)
let grouped = Dictionary(grouping: xs) { $0 % 3 }
print(grouped[0] ?? [], grouped[1] ?? [], grouped[2] ?? [])
let names = ["b": 2, "a": 1]
print(names.mapValues { $0 * 10 }["a"] ?? 0, names.filter { $0.value > 1 }.count)

func run(times: Int, _ body: (Int) -> Void) {
    for i in 0..<times { body(i) }
}
run(times: 3) { print("run", $0) }

func transition(duration: Double, animations: () -> String, completion: (Bool) -> String) -> String {
    animations() + " then " + completion(true)
}
let text = transition(duration: 1) {
    "animate"
} completion: { finished in
    finished ? "done" : "cancelled"
}
print(text)

func fetch(_ id: Int, onSuccess: (String) -> Void, onFailure: (Int) -> Void) {
    if id > 0 { onSuccess("item \(id)") } else { onFailure(id) }
}
fetch(3) {
    print("got", $0)
} onFailure: {
    print("failed", $0)
}
fetch(-1) {
    print("got", $0)
} onFailure: {
    print("failed", $0)
}

let counts = ["a", "b", "a"].reduce(into: [:]) { counts, key in counts[key, default: 0] += 1 }
print(counts["a"] ?? 0, counts["b"] ?? 0)
