// Extensions of cell types, of protocols, and of standard-library types.
extension Int {
    var squared: Int { self * self }
    var isEven: Bool { self % 2 == 0 }
    func times(_ body: () -> Void) {
        for _ in 0..<self { body() }
    }
    mutating func double() { self *= 2 }
    static var answer: Int { 42 }
}
print(5.squared, 4.isEven, 7.isEven, Int.answer)
3.times { print("hi") }
var n = 21
n.double()
print(n)

extension Double {
    var percent: String { "\(self * 100)%" }
    func clamped(to range: ClosedRange<Double>) -> Double { min(max(self, range.lowerBound), range.upperBound) }
}
print(0.25.percent, 1.5.clamped(to: 0...1), (-2.0).clamped(to: 0...1))

extension String {
    var shouted: String { uppercased() + "!" }
    func repeated(_ times: Int) -> String { String(repeating: self, count: times) }
}
print("hey".shouted, "ab".repeated(3))

extension Array where Element == Double {
    func mean() -> Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
extension Array {
    var second: Element? { count > 1 ? self[1] : nil }
}
print([1.0, 2.0, 4.5].mean(), [3, 4, 5].second ?? 0, [Int]().second == nil)

struct Vector {
    var x: Double
    var y: Double
}
extension Vector {
    var length: Double { (x * x + y * y).squareRoot() }
    static let zero = Vector(x: 0, y: 0)
    func scaled(by factor: Double) -> Vector { Vector(x: x * factor, y: y * factor) }
    mutating func normalize() {
        let l = length
        x /= l
        y /= l
    }
}
extension Vector: CustomStringConvertible {
    var description: String { "<\(x), \(y)>" }
}
var v = Vector(x: 3, y: 4)
print(v.length, v.scaled(by: 2), Vector.zero)
v.normalize()
print(v)
print([v, Vector.zero])

protocol Summable {
    var values: [Int] { get }
}
extension Summable {
    var total: Int { values.reduce(0, +) }
    func report() -> String { "total \(total) of \(values.count) values" }
}
struct Basket: Summable {
    var values: [Int]
}
print(Basket(values: [1, 2, 3]).report())
