// Extensions of Int, Double and String: computed properties, methods, mutating methods and initializers.
extension Int {
    var squared: Int { self * self }
    var isEven: Bool { self % 2 == 0 }
    func times(_ action: () -> Void) {
        for _ in 0..<self { action() }
    }
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
    mutating func double() { self *= 2 }
    var digits: [Int] { String(self).compactMap { $0.wholeNumberValue } }
}

extension Double {
    var percent: String { "\((self * 100).rounded())%" }
    func rounded(to places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
    init(fraction numerator: Int, of denominator: Int) {
        self = Double(numerator) / Double(denominator)
    }
    static let goldenRatio = (1 + 5.0.squareRoot()) / 2
}

extension String {
    var isPalindrome: Bool {
        let letters = lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
    var wordCount: Int { split(separator: " ").count }
}

print(7.squared, 4.isEven, 7.isEven, 12.clamped(to: 0...10), 1234.digits)
var count = 0
3.times { count += 1 }
print(count)
var n = 21
n.double()
print(n, (-5).clamped(to: 0...3), [1, 2, 3, 4].filter { $0.isEven }.map { $0.squared })
print(0.256.percent, 3.14159.rounded(to: 2), Double(fraction: 3, of: 4))
print(Double.goldenRatio.rounded(to: 4), 2.5.rounded(), (0.5).percent)
print("Never odd or even".isPalindrome, "lesson".isPalindrome, "ab".repeated(3), "one two  three".wordCount)
