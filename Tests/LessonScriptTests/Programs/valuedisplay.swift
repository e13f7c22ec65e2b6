// How values print: classes without a description, structs, enums with payloads, nested optionals and tuples.
class Plain {}
class Described: CustomStringConvertible {
    var description: String { "Described!" }
}
struct Pair {
    var a: Int
    var b: String
}
struct Wrapped<T> {
    var value: T
}
enum Signal {
    case off
    case level(Int)
    case named(label: String, gain: Double)
}
enum Suit: String {
    case hearts, spades
}
print(Plain())
print(Described(), [Described()])
print(Pair(a: 1, b: "x"))
print([Pair(a: 2, b: "y")])
print(Wrapped(value: 3.5), Wrapped(value: "s"))
print(Signal.off, Signal.level(3), Signal.named(label: "a", gain: 0.5))
print([Signal.level(1)], Suit.hearts, [Suit.spades], Suit.hearts.rawValue)
let maybe: Int? = 4
let nothing: String? = nil
print(maybe as Any, nothing as Any, [maybe, nil])
print((1, "two", 3.0), (x: 1, y: 2))
print(type(of: Plain()), type(of: Pair(a: 1, b: "")), type(of: Signal.off), type(of: [1: "a"]))
print(String(describing: Pair(a: 5, b: "q")), "\(Signal.level(7))", String(describing: Suit.spades))
print(["k": Pair(a: 0, b: "v")])
debugPrint("quoted", 1.5, [Suit.hearts])
print("a", "b", separator: "-", terminator: "|")
print()
struct Stack<Element> {
    var items: [Element] = []
}
print(Stack(items: [1, 2]), [Stack(items: ["a"])], Stack(items: [Pair(a: 1, b: "p")]))
