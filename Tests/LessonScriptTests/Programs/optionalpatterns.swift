// Optionals matched by patterns: `x?`, `.some`, `.none`, `nil`, nested optionals, and optional chaining through
// classes with map and flatMap.
func describe(_ value: Int?) -> String {
    switch value {
    case nil: return "nothing"
    case 0?: return "zero"
    case let n? where n < 0: return "negative \(n)"
    case .some(let n): return "positive \(n)"
    }
}
print([nil, 0, -4, 9].map(describe))

func parse(_ texts: [String]) -> [Int?] { texts.map { Int($0) } }
let parsed = parse(["3", "x", "-1", ""])
print(parsed)
switch (parsed[0], parsed[1]) {
case let (a?, b?): print("both", a, b)
case let (a?, nil): print("only first", a)
case (nil, _): print("no first")
}

final class Person {
    let name: String
    var manager: Person?
    var address: Address?
    init(name: String, manager: Person? = nil) {
        self.name = name
        self.manager = manager
    }
}
struct Address {
    var city: String
    var zip: String?
}

let boss = Person(name: "Grace")
boss.address = Address(city: "Arlington", zip: nil)
let worker = Person(name: "Alan", manager: boss)
print(worker.manager?.name ?? "-", worker.manager?.manager?.name ?? "no one")
print(worker.manager?.address?.city ?? "?", worker.address?.city ?? "unknown city")
print(worker.manager?.address?.zip ?? "no zip", boss.address?.zip?.count ?? -1)
worker.manager?.address?.zip = "22201"
print(boss.address?.zip ?? "-", worker.manager?.address?.zip?.count ?? 0)
worker.address?.city = "nowhere"
print(worker.address == nil)

let number: Int? = 12
print(number.map { $0 * 2 } ?? 0, number.flatMap { $0 > 10 ? String($0) : nil } ?? "small")
let nothing: Int? = nil
print(nothing.map { $0 * 2 } as Any, (nothing ?? 5) + 1)
let nested: Int?? = .some(nil)
switch nested {
case .some(.some(let v)): print("value", v)
case .some(.none): print("inner nil")
case .none: print("outer nil")
}
if let n = number, n > 10, let s = Optional("ok") {
    print(n, s)
}
guard let first = parsed.first, let value = first else { fatalError() }
print(value)
