// Memoization: a generic cache class with a Hashable key constraint, recursive functions that use it, and
// a counter of how much work the cache saved.
final class Cache<Key: Hashable, Value> {
    private var storage: [Key: Value] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    func value(for key: Key, compute: (Key) -> Value) -> Value {
        if let cached = storage[key] {
            hits += 1
            return cached
        }
        misses += 1
        let computed = compute(key)
        storage[key] = computed
        return computed
    }
}

let fibonacciCache = Cache<Int, Int>()
func fibonacci(_ n: Int) -> Int {
    fibonacciCache.value(for: n) { n in n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2) }
}
print(fibonacci(50), fibonacciCache.hits, fibonacciCache.misses)
print((0...10).map(fibonacci))

struct GridPoint: Hashable {
    let row: Int
    let column: Int
}
let pathCache = Cache<GridPoint, Int>()
func paths(to point: GridPoint) -> Int {
    pathCache.value(for: point) { point in
        if point.row == 0 || point.column == 0 { return 1 }
        return paths(to: GridPoint(row: point.row - 1, column: point.column))
            + paths(to: GridPoint(row: point.row, column: point.column - 1))
    }
}
print(paths(to: GridPoint(row: 2, column: 2)), paths(to: GridPoint(row: 10, column: 10)), pathCache.misses)

func memoized<In: Hashable, Out>(_ body: @escaping (In) -> Out) -> (In) -> Out {
    var memory: [In: Out] = [:]
    return { input in
        if let known = memory[input] { return known }
        let result = body(input)
        memory[input] = result
        return result
    }
}
var calls = 0
let slowSquare = memoized { (n: Int) -> Int in
    calls += 1
    return n * n
}
print([3, 4, 3, 3, 4, 5].map(slowSquare), calls)
let editDistanceCache = Cache<String, Int>()
func distance(_ a: [Character], _ b: [Character]) -> Int {
    editDistanceCache.value(for: String(a) + "|" + String(b)) { _ in
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.last == b.last { return distance(a.dropLast(), b.dropLast()) }
        return 1 + min(distance(a.dropLast(), b), distance(a, b.dropLast()), distance(a.dropLast(), b.dropLast()))
    }
}
print(distance(Array("kitten"), Array("sitting")), distance(Array("lesson"), Array("lessons")))
