// A generic cache and inventory with protocols, constrained generics, where clauses and subscripts.
protocol Identifiable2 {
    var id: String { get }
}

protocol Priced {
    var price: Double { get }
}

struct Item: Identifiable2, Priced, Hashable, CustomStringConvertible {
    let id: String
    var price: Double
    var tags: Set<String> = []
    var description: String { "\(id)($\(price))" }
}

struct Registry<Element: Identifiable2> {
    private var storage: [String: Element] = [:]
    private(set) var order: [String] = []

    mutating func add(_ element: Element) {
        if storage[element.id] == nil { order.append(element.id) }
        storage[element.id] = element
    }

    subscript(id: String) -> Element? {
        get { storage[id] }
        set {
            if let value = newValue {
                add(value)
            } else {
                storage[id] = nil
                order.removeAll { $0 == id }
            }
        }
    }

    var all: [Element] { order.compactMap { storage[$0] } }
    var count: Int { order.count }
}

extension Registry where Element: Priced {
    var totalPrice: Double { all.reduce(0) { $0 + $1.price } }
    func cheapest() -> Element? { all.min { $0.price < $1.price } }
}

func mostExpensive<T: Priced & Identifiable2>(_ xs: [T]) -> String {
    xs.max(by: { $0.price < $1.price })?.id ?? "none"
}

func describe<T>(_ value: T, times: Int = 1) -> String where T: CustomStringConvertible {
    Array(repeating: value.description, count: times).joined(separator: ",")
}

var registry = Registry<Item>()
registry.add(Item(id: "pen", price: 1.5, tags: ["office"]))
registry.add(Item(id: "lamp", price: 20))
registry.add(Item(id: "mug", price: 6.25, tags: ["kitchen", "gift"]))
registry["pen"]?.price = 2
registry["cup"] = Item(id: "cup", price: 3)
registry["lamp"] = nil
print(registry.all, registry.count, registry.order)
print(registry.totalPrice, registry.cheapest()?.id ?? "-", mostExpensive(registry.all))
print(describe(registry["mug"]!, times: 2), describe(42))
print(registry["lamp"] == nil, registry["mug"]!.tags.contains("gift"), registry["pen"].map { $0.price } ?? 0)
let byTag = registry.all.reduce(into: [String: [String]]()) { result, item in
    for tag in item.tags.sorted() { result[tag, default: []].append(item.id) }
}
print(byTag.keys.sorted(), byTag["gift"] ?? [])
