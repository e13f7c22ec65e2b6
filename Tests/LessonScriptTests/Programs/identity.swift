// Reference semantics: shared objects, identity with === and !==, and objects inside value types.
final class Tensorish {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }
    func scale(by factor: Double) { values = values.map { $0 * factor } }
}

struct Batch {
    var label: String
    let data: Tensorish
}

let shared = Tensorish([1, 2, 3])
var first = Batch(label: "first", data: shared)
var second = first
second.label = "second"
second.data.scale(by: 2)
print(first.label, first.data.values, second.label, second.data.values)
print(first.data === second.data, first.data !== Tensorish([2, 4, 6]))

var list = [shared, Tensorish([0])]
list[1].values.append(1)
list[0].values[0] = 100
print(shared.values, list.map { $0.values })
let copy = list
copy[1].scale(by: 10)
print(list[1].values)

class Registry {
    private var items: [String: Tensorish] = [:]
    func register(_ name: String, _ object: Tensorish) { items[name] = object }
    func lookup(_ name: String) -> Tensorish? { items[name] }
    var names: [String] { items.keys.sorted() }
}
let registry = Registry()
registry.register("w", shared)
registry.register("b", Tensorish([0.5]))
registry.lookup("w")?.scale(by: 0.5)
print(registry.names, shared.values, registry.lookup("z") == nil)
if let found = registry.lookup("w"), found === shared {
    print("same object")
}

func reset(_ object: Tensorish) { object.values = [] }
reset(shared)
print(first.data.values.isEmpty, registry.lookup("w")!.values.count)

var numbers = [1, 2, 3]
var alias = numbers
alias.append(4)
print(numbers, alias)
