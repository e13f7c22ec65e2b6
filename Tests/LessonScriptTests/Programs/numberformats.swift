// How numbers print and round: Double's shortest representation across magnitudes, integer division and
// remainder with negative numbers, rounding rules, conversions between Int and Double, and limits.
let doubles: [Double] = [0.1, 0.2, 0.1 + 0.2, 1.0, 100.0, 1e16, 1.5e-5, 123456789.125, 1.0 / 3.0, -0.0, 5e-324]
for value in doubles {
    print(value, terminator: " | ")
}
print()
print(1e15, 1e16, 12345678901234567.0, 0.0001, 0.00001)
print(Double.pi, Double.infinity, -Double.infinity, Double.nan.isNaN, Double.greatestFiniteMagnitude)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3)
print(7.0 / 2, (-7.5).truncatingRemainder(dividingBy: 2), 7.5.remainder(dividingBy: 2))
print(2.5.rounded(), 3.5.rounded(), (-2.5).rounded(), 2.4.rounded(.up), 2.6.rounded(.down))
print(2.5.rounded(.toNearestOrEven), 2.7.rounded(.towardZero), (-2.7).rounded(.towardZero))
print(Int(3.99), Int(-3.99), Int("42") ?? 0, Int("4.2") ?? -1, Int("  7") ?? -1)
print(Double("3.25") ?? 0, Double("abc") ?? -1, Double(Int.max), Double("1e-3") ?? 0)
print(Int.max, Int.min, Int.max / 2 + 1)
print((1...20).reduce(1, *), 2 << 10, 255 & 15, 6 | 9, 6 ^ 3, ~0)
print(10.isMultiple(of: 5), 17.quotientAndRemainder(dividingBy: 5), (-9).magnitude, abs(-9.5), (-3).signum())
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12, (0.1 * 3).description)
let mean = [2.0, 4.0, 9.0].reduce(0, +) / 3
print(mean, (mean * 1000).rounded() / 1000, Int(mean * 100))
print(1_000_000, 0x1F, 0b1010, 0o17, 1e3, 1_000.5)
