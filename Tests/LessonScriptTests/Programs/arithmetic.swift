print(1 + 2 * 3, 7 / 2, 7 % 3, -7 / 2, -7 % 3)
print(10 - 3 - 2, 2 * (3 + 4))
print(1.5 + 2, 0.1 + 0.2, 1e-5, 1_000_000, 0x1F, 0b101, 0o17)
let x: Double = 3
print(x, x / 2, Double(7) / 2, 1 / 2 * x)
let y = 2.0 * 3 + 1
print(y, 1.0 / 3.0, 2.0 / 3, 100.0, 1e16, 1e-7, 123456789.123)
print(Int(3.9), Int(-3.9), Double(5), Int("42") ?? -1, Int("x") ?? -1)
print(abs(-4), abs(-2.5), min(3, 1, 2), max(1.5, 2), min(2, 0.5))
print(5.squareRoot(), (2.5).rounded(), (-2.5).rounded(), 2.4.rounded(.up), 7.9.rounded(.down))
print(Int.max, Int.min, Double.pi)
print(10.isMultiple(of: 5), 7.truncatingRemainder(dividingBy: 2.5))
var counter = 0
counter += 5
counter -= 2
counter *= 10
counter /= 4
print(counter)
var total = 1.5
total += 1
print(total)
print(1 < 2, 2 <= 2, 3 > 4, 1 == 1.0, "a" < "b", (1, "b") < (1, "c"))
print(!true, true && false, true || false)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 4, 256 >> 2, ~0)
