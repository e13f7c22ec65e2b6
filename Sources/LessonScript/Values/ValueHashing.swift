/// Structural equality and hashing, used for dictionary keys, set elements and `==`.
///
/// Numbers of different kinds are different keys (as `Int` and `Double` keys cannot meet in Swift); functions,
/// class instances and library objects compare by identity.
extension Value: Hashable {
    /// Structural equality (no numeric promotion: `1` and `1.0` are different keys).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.void, .void): true
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.character(let a), .character(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.dictionary(let a), .dictionary(let b)):
            a.count == b.count && zip(a.keys, a.values).allSatisfy { b[$0] == $1 }
        case (.set(let a), .set(let b)): a.count == b.count && a.elements.allSatisfy(b.contains)
        case (.tuple(let a), .tuple(let b)): a.elements == b.elements
        case (.optional(let a), .optional(let b)): a == b
        case (.range(let a), .range(let b)): a.lower == b.lower && a.upper == b.upper && a.isClosed == b.isClosed
        case (.function(let a), .function(let b)): a === b
        case (.structInstance(let a), .structInstance(let b)): a.type === b.type && a.fields == b.fields
        case (.object(let a), .object(let b)): a === b
        case (.enumCase(let a), .enumCase(let b)):
            a.type === b.type && a.name == b.name && a.payload?.elements == b.payload?.elements
        case (.type(let a), .type(let b)): a.name == b.name
        case (.symbol(let a), .symbol(let b)): a == b
        case (.native(let a), .native(let b)): a === b
        default: false
        }
    }

    /// Hashes the value consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .void: hasher.combine(0)
        case .int(let value): hasher.combine(value)
        case .double(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .character(let value): hasher.combine(value)
        case .array(let elements): hasher.combine(elements)
        case .dictionary(let dictionary): hasher.combine(dictionary.count)
        case .set(let set): hasher.combine(set.count)
        case .tuple(let tuple): hasher.combine(tuple.elements)
        case .optional(let wrapped): hasher.combine(wrapped)
        case .range(let range):
            hasher.combine(range.lower)
            hasher.combine(range.upper)
        case .function(let function): hasher.combine(ObjectIdentifier(function))
        case .structInstance(let instance): hasher.combine(instance.fields)
        case .object(let object): hasher.combine(ObjectIdentifier(object))
        case .enumCase(let value): hasher.combine(value.name)
        case .type(let type): hasher.combine(type.name)
        case .symbol(let name): hasher.combine(name)
        case .native(let object): hasher.combine(ObjectIdentifier(object))
        }
    }
}
