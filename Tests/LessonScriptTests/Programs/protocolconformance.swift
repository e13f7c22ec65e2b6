// Equatable, Comparable, Hashable and CustomStringConvertible conformances, synthesized or written.
struct Point: Equatable, Hashable, CustomStringConvertible {
    var x: Int
    var y: Int
    var description: String { "(\(x), \(y))" }
}
let a = Point(x: 1, y: 2)
let b = Point(x: 1, y: 2)
print(a == b, a != Point(x: 0, y: 0), [a, b].contains(Point(x: 1, y: 2)))
let unique = Set([a, b, Point(x: 3, y: 4)])
print(unique.count, unique.contains(Point(x: 3, y: 4)))
var visits: [Point: Int] = [:]
visits[a, default: 0] += 1
visits[b, default: 0] += 1
print(visits[a] ?? 0)
print(a, [a], "point \(a)", String(describing: b))

struct Version: Comparable, CustomStringConvertible {
    let major: Int
    let minor: Int
    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
    var description: String { "v\(major).\(minor)" }
}
let versions = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(versions.sorted(), versions.max()!, versions.min()!)
print(
    Version(major: 1, minor: 0) < Version(major: 1, minor: 1),
    Version(major: 2, minor: 0) >= Version(major: 1, minor: 9))
print(Version(major: 1, minor: 0) == Version(major: 1, minor: 0))

final class Token: Equatable, CustomStringConvertible {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (lhs: Token, rhs: Token) -> Bool { lhs.text == rhs.text }
    var description: String { "Token(\(text))" }
}
print(Token("a") == Token("a"), Token("a") != Token("b"), [Token("x")].contains(Token("x")))
print(Token("z"), [Token("y")])

struct Money: CustomStringConvertible {
    var cents: Int
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * rhs) }
    static prefix func - (money: Money) -> Money { Money(cents: -money.cents) }
    static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
var wallet = Money(cents: 150)
wallet += Money(cents: 275)
print(wallet, wallet * 2, -wallet, [Money(cents: 5), Money(cents: 10)].reduce(Money(cents: 0), +))

struct Vec2 {
    var x: Double, y: Double
}
func + (lhs: Vec2, rhs: Vec2) -> Vec2 { Vec2(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
func == (lhs: Vec2, rhs: Vec2) -> Bool { lhs.x == rhs.x && lhs.y == rhs.y }
let sum = Vec2(x: 1, y: 2) + Vec2(x: 3, y: 4)
print(sum, sum == Vec2(x: 4, y: 6))

enum Suit: String, CustomStringConvertible {
    case hearts, spades
    var description: String { rawValue.uppercased() }
}
print(Suit.hearts, [Suit.spades], "\(Suit.hearts)")
