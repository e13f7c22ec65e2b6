func greet(_ name: String, greeting: String = "Hello") -> String {
    "\(greeting), \(name)!"
}
print(greet("Ada"), greet("Bob", greeting: "Hi"))
func add(a: Int, to b: Int) -> Int { return a + b }
print(add(a: 1, to: 2))
func sum(_ values: Int...) -> Int { values.reduce(0, +) }
print(sum(), sum(1, 2, 3))
func swapValues(_ a: inout Int, _ b: inout Int) {
    let temporary = a
    a = b
    b = temporary
}
var p = 1
var q = 2
swapValues(&p, &q)
print(p, q)
func increment(_ array: inout [Int]) { array.append(array.count) }
var items = [10]
increment(&items)
increment(&items)
print(items)
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
print(factorial(10))
func fibonacci(_ n: Int) -> Int {
    func helper(_ a: Int, _ b: Int, _ k: Int) -> Int { k == 0 ? a : helper(b, a + b, k - 1) }
    return helper(0, 1, n)
}
print(fibonacci(30))
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let counter = makeCounter()
_ = counter()
print(counter(), counter())
var captured = 1
let addCaptured = { (x: Int) -> Int in x + captured }
captured = 100
print(addCaptured(1))
let square: (Int) -> Int = { $0 * $0 }
print(square(7), [1, 2, 3].map(square))
print([3, 1, 2].sorted(by: <), [1, 2, 3].map(String.init), ["1", "2"].compactMap(Int.init))
func apply(_ f: (Int) -> Int, to value: Int) -> Int { f(value) }
print(apply({ $0 + 1 }, to: 1), apply(square, to: 3))
let result = [1, 2, 3].map { value -> Int in
    let doubled = value * 2
    return doubled + 1
}
print(result)
func half(_ x: Double) -> Double { x / 2 }
print(half(3))
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
print(compose({ $0 + 1 }, { $0 * 10 })(4))
var closures: [() -> Int] = []
for i in 0..<3 { closures.append { i * 10 } }
print(closures.map { $0() })
func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3 * radius * radius }
print(area(width: 2, height: 3), area(radius: 1))
let numbers = [5, 3, 8]
print(numbers.reduce(0) { max($0, $1) }, numbers.reduce(into: 0) { $0 += $1 })
