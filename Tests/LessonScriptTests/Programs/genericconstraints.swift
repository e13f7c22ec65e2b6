// Generic functions with constraints: protocol constraints, several type parameters, where clauses, and generic
// functions that call each other.
protocol Measurable {
    var measure: Double { get }
}

struct Segment: Measurable {
    var length: Double
    var measure: Double { length }
}

struct Room: Measurable {
    var width: Double
    var depth: Double
    var measure: Double { width * depth }
}

func total<T: Measurable>(_ items: [T]) -> Double {
    items.reduce(0) { $0 + $1.measure }
}

func largest<T: Measurable>(_ items: [T]) -> T? {
    items.max { $0.measure < $1.measure }
}

func countMatches<T: Equatable>(_ items: [T], _ target: T) -> Int {
    items.filter { $0 == target }.count
}

func uniqueSorted<T>(_ items: [T]) -> [T] where T: Hashable, T: Comparable {
    Set(items).sorted()
}

func zipWith<A, B, C>(_ a: [A], _ b: [B], _ combine: (A, B) -> C) -> [C] {
    zip(a, b).map { combine($0, $1) }
}

func lookup<K: Hashable, V>(_ key: K, in table: [K: V], default fallback: V) -> V {
    table[key] ?? fallback
}

func minMax<T: Comparable>(_ values: [T]) -> (min: T, max: T)? {
    guard var low = values.first else { return nil }
    var high = low
    for value in values.dropFirst() {
        if value < low { low = value }
        if value > high { high = value }
    }
    return (low, high)
}

let segments = [Segment(length: 1.5), Segment(length: 4), Segment(length: 2.25)]
let rooms = [Room(width: 3, depth: 4), Room(width: 5, depth: 2)]
print(total(segments), total(rooms), largest(rooms)?.width ?? 0, largest([Segment]()) == nil)
print(countMatches([1, 2, 1, 3, 1], 1), countMatches(["a", "b"], "c"))
print(uniqueSorted([5, 3, 5, 1, 3]), uniqueSorted(["pear", "apple", "pear"]))
print(zipWith([1, 2, 3], ["a", "b", "c"]) { "\($1)\($0)" }, zipWith([1.5, 2], [2.0, 4]) { $0 * $1 })
print(lookup("lr", in: ["lr": 0.1], default: 0.01), lookup(3, in: [1: "one"], default: "many"))
if let range = minMax([0.3, -1.5, 2.25, 0]) {
    print(range.min, range.max)
}
print(minMax(["kiwi", "fig", "plum"])!, minMax([Int]()) == nil)
