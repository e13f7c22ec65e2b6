// A JSON-like value as an indirect enum: literals, nested arrays and objects, subscripts by key and index,
// recursive rendering with escaping, and recursive queries.
import Foundation

indirect enum JSON: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let text): return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items): return "[" + items.map { $0.description }.joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { "\"\($0)\":\(members[$0]!)" }.joined(separator: ",") + "}"
        }
    }

    subscript(key: String) -> JSON {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    subscript(index: Int) -> JSON {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return .null
    }

    var count: Int {
        switch self {
        case .array(let items): return items.count
        case .object(let members): return members.count
        default: return 0
        }
    }

    func numbers() -> [Double] {
        switch self {
        case .number(let value): return [value]
        case .array(let items): return items.flatMap { $0.numbers() }
        case .object(let members): return members.keys.sorted().flatMap { members[$0]!.numbers() }
        default: return []
        }
    }
}

let model: JSON = .object([
    "name": .string("simple \"net\""),
    "layers": .array([
        .object(["type": .string("linear"), "in": .number(784), "out": .number(30)]),
        .object(["type": .string("relu")]),
        .object(["type": .string("linear"), "in": .number(30), "out": .number(1)]),
    ]),
    "lr": .number(0.1),
    "trained": .bool(false),
    "notes": .null,
])

print(model)
print(model["layers"].count, model["layers"][0]["out"], model["layers"][5], model["missing"]["deeper"])
print(model["name"], model["lr"], model["trained"] == .bool(false), model["notes"] == .null)
print(model.numbers(), model.numbers().reduce(0, +))
let types = (0..<model["layers"].count).map { model["layers"][$0]["type"] }
print(types, types.filter { $0 == .string("linear") }.count)
