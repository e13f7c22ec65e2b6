// CustomStringConvertible and CustomDebugStringConvertible: print, string interpolation, String(describing:),
// and how collections, optionals and tuples show their elements.
struct Money: CustomStringConvertible {
    var cents: Int
    var description: String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let rest = value % 100
        return "\(sign)$\(value / 100).\(rest < 10 ? "0" : "")\(rest)"
    }
}

struct Tag: CustomStringConvertible, CustomDebugStringConvertible {
    var text: String
    var description: String { "#" + text }
    var debugDescription: String { "Tag(\(text))" }
}

struct Plain {
    var x: Int
    var label: String
}

enum Level: CustomStringConvertible {
    case low, high
    var description: String { self == .low ? "LOW" : "HIGH" }
}

class Thing {}

class Named: CustomStringConvertible {
    let name: String
    init(name: String) { self.name = name }
    var description: String { "Named(\(name))" }
}

let price = Money(cents: 1205)
print(price, Money(cents: -7), Money(cents: 40))
print("total: \(price)")
print([price, Money(cents: 1)])
print(String(describing: price), price.description)

let tag = Tag(text: "swift")
print(tag, [tag], "\(tag)")
debugPrint(tag)
print(Optional(tag) as Any)

print(Plain(x: 1, label: "one"))
print([Plain(x: 2, label: "two")])
print("\(Plain(x: 3, label: "three"))")

print(Level.low, [Level.high, .low], "\(Level.high)")
print(Named(name: "n"), [Named(name: "m")])
print(type(of: Thing()), String(describing: Level.self))
let pair = (price, tag)
print(pair)
let maybe: Money? = Money(cents: 99)
print(maybe as Any, maybe!)
print(["a": price])
