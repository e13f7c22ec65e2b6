// Literals take their type from the context, as Swift's inference gives it; none of this is a type error.
let x: Double = 3
let ratios = [1, 0.5, 0.25]
let half = 7 / 2
print(x, ratios, half, Double(7) / 2)
let scale = 2.0
print(scale * (1 / 2), scale * 3, 3 * scale, scale / 4 + 1)
let exponent = 1e-5
let hex = 0x1F
let million = 1_000_000
print(exponent, hex, million)
let product: Double = 2 * 3
let mixed = 2 * 3.0
let negative: Double = -2
print(product, mixed, negative, -scale)
func area(width: Double, height: Double) -> Double { width * height }
print(area(width: 3, height: 4))
struct Point {
    var x: Double
    var y: Double
}
var p = Point(x: 3, y: 4)
p.x = 5
p.y += 1
print(p.x, p.y)
var total = 0.0
total += 3
total = 7
print(total)
let doubles: [Double] = [1, 2, 3]
let table: [String: Double] = ["a": 1, "b": 2.5]
let pair: (Double, Int) = (1, 2)
print(doubles, table["b"]!, pair)
func unit() -> Double { 1 }
func scaled(_ value: Double = 2) -> Double { value * 10 }
print(unit(), scaled(), scaled(3))
let choice = total > 5 ? 1 : 2.5
print(choice, max(1, 2.5), min(3, 4), abs(-3), abs(-2.5))
let c: Character = "a"
let letters: [Character] = ["x", "y"]
print(c == "a", letters.contains("y"))
let closed = 1...3
let steps = 0..<4
print(closed.count, steps.contains(2), Array(stride(from: 0, to: 1, by: 0.25)))
let n = 6
print(Double(n) / 4, Double(n) * 0.5, n % 4, n * 2 + 1)
var counter = 0
counter += 1
counter *= 10
print(counter, counter / 3)
let sum = ratios.reduce(0, +)
print(sum, ratios.map { $0 * 2 }, ratios.filter { $0 > 0.3 })
print(2.5 * 2, 1 + 2 * 3, 10 / 4, 10.0 / 4)
let literalSum: Double = 1 + 2 + 0.5
print(literalSum, [1, 2] + [3], "a" + "b")
