// Extensions of Int and Double used in small numeric helpers.
import Foundation

extension Int {
    var squared: Int { self * self }
    var isEven: Bool { self % 2 == 0 }
    func times(_ body: (Int) -> Void) {
        for i in 0..<self { body(i) }
    }
    static func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
}

extension Double {
    func rounded(to places: Int) -> Double {
        let scale = pow(10.0, Double(places))
        return (self * scale).rounded() / scale
    }
    var percent: String { "\((self * 100).rounded(to: 1))%" }
    static let tau = 2 * Double.pi
}

print(7.squared, 7.isEven, (1...6).filter { $0.isEven }, Int.factorial(10))
3.times { print("step", $0) }
let accuracy = 0.87654
print(accuracy.rounded(to: 2), accuracy.percent, Double.tau.rounded(to: 3))
print((2.0).squareRoot(), sqrt(16.0), exp(0.0), log(1.0), pow(2.0, 10.0), abs(-3), abs(-2.5))
print(max(3, 7, 5), min(1.5, 0.5), Double(7) / 2, 7 / 2, 7 % 3, -7 / 2, Double(Int.max) > 1e18)
let values: [Double] = [1, 2, 3]
print(values, values.map { $0.rounded(to: 0) }, 1e-5, 0x1F, 1_000_000, 2.5e3)
print(Int(3.99), Int(-3.99), (10.0 / 3).rounded(to: 4), 0.1 + 0.2, 1.0 / 3)
