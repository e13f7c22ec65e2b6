/// Structural equality and hashing, used for dictionary keys, set elements and `==`.
///
/// Numbers of different kinds are different keys (as `Int` and `Double` keys cannot meet in Swift); functions,
/// class instances and library objects compare by identity. Both walk nested values with a list of pending
/// pairs rather than by recursion, so a value nested a million levels deep (`a = [a]` in a loop) needs no more
/// stack than a flat one.
extension Value: Hashable {
    /// Structural equality (no numeric promotion: `1` and `1.0` are different keys).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        // Values without nested ones (the usual keys) compare without allocating the list.
        var pending: [(Value, Value)] = []
        guard lhs.shallowEquals(rhs, pending: &pending) else { return false }
        while let (a, b) = pending.popLast() {
            guard a.shallowEquals(b, pending: &pending) else { return false }
        }
        return true
    }

    /// Whether `self` and `other` are equal, up to the pairs of nested values it adds to `pending` (which must
    /// be equal too).
    private func shallowEquals(_ other: Value, pending: inout [(Value, Value)]) -> Bool {
        switch (self, other) {
        case (.void, .void): return true
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.character(let a), .character(let b)): return a == b
        case (.array(let a), .array(let b)): return Self.pair(a, b, into: &pending)
        case (.dictionary(let a), .dictionary(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in zip(a.keys, a.values) {
                guard let match = b[key] else { return false }
                pending.append((value, match))
            }
            return true
        case (.set(let a), .set(let b)): return a.count == b.count && a.elements.allSatisfy(b.contains)
        case (.tuple(let a), .tuple(let b)): return Self.pair(a.elements, b.elements, into: &pending)
        case (.optional(let a), .optional(let b)):
            guard let a, let b else { return a == nil && b == nil }
            pending.append((a, b))
            return true
        case (.range(let a), .range(let b)):
            guard a.isClosed == b.isClosed, (a.lower == nil) == (b.lower == nil), (a.upper == nil) == (b.upper == nil)
            else { return false }
            if let lower = a.lower, let other = b.lower { pending.append((lower, other)) }
            if let upper = a.upper, let other = b.upper { pending.append((upper, other)) }
            return true
        case (.function(let a), .function(let b)): return a === b
        case (.structInstance(let a), .structInstance(let b)):
            guard a.type === b.type else { return false }
            if let declared = a.type.declaredEquality(self, other) { return declared }
            return Self.pair(a.fields, b.fields, into: &pending)
        case (.object(let a), .object(let b)):
            if a === b { return true }
            return a.type === b.type && a.type.declaredEquality(self, other) == true
        case (.enumCase(let a), .enumCase(let b)):
            guard a.type === b.type else { return false }
            if let declared = a.type.declaredEquality(self, other) { return declared }
            guard a.name == b.name else { return false }
            switch (a.payload, b.payload) {
            case (nil, nil): return true
            case (let x?, let y?): return Self.pair(x.elements, y.elements, into: &pending)
            default: return false
            }
        case (.type(let a), .type(let b)): return a.name == b.name
        case (.symbol(let a), .symbol(let b)): return a == b
        case (.native(let a), .native(let b)): return a === b
        default: return false
        }
    }

    /// Adds the element pairs of two sequences of values to `pending`, or says they differ in length.
    private static func pair(_ a: [Value], _ b: [Value], into pending: inout [(Value, Value)]) -> Bool {
        guard a.count == b.count else { return false }
        pending.append(contentsOf: zip(a, b))
        return true
    }

    /// Hashes the value consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        var pending: [Value] = []
        hashShallow(into: &hasher, pending: &pending)
        while let value = pending.popLast() {
            value.hashShallow(into: &hasher, pending: &pending)
        }
    }

    /// Hashes the value's own part, adding the nested values still to hash to `pending`.
    private func hashShallow(into hasher: inout Hasher, pending: inout [Value]) {
        switch self {
        case .void: hasher.combine(0)
        case .int(let value): hasher.combine(value)
        case .double(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .character(let value): hasher.combine(value)
        case .array(let elements):
            hasher.combine(elements.count)
            pending.append(contentsOf: elements)
        case .dictionary(let dictionary): hasher.combine(dictionary.count)
        case .set(let set): hasher.combine(set.count)
        case .tuple(let tuple):
            hasher.combine(tuple.elements.count)
            pending.append(contentsOf: tuple.elements)
        case .optional(let wrapped):
            hasher.combine(wrapped == nil)
            if let wrapped { pending.append(wrapped) }
        case .range(let range):
            hasher.combine(range.lower == nil)
            hasher.combine(range.upper == nil)
            if let lower = range.lower { pending.append(lower) }
            if let upper = range.upper { pending.append(upper) }
        case .function(let function): hasher.combine(ObjectIdentifier(function))
        case .structInstance(let instance):
            if let combined = instance.type.declaredHashInputs(self) {
                pending.append(contentsOf: combined)
                return
            }
            hasher.combine(instance.fields.count)
            pending.append(contentsOf: instance.fields)
        case .object(let object):
            if let combined = object.type.declaredHashInputs(self) {
                pending.append(contentsOf: combined)
                return
            }
            hasher.combine(ObjectIdentifier(object))
        case .enumCase(let value):
            if let combined = value.type.declaredHashInputs(self) {
                pending.append(contentsOf: combined)
                return
            }
            hasher.combine(value.name)
        case .type(let type): hasher.combine(type.name)
        case .symbol(let name): hasher.combine(name)
        case .native(let object): hasher.combine(ObjectIdentifier(object))
        }
    }
}
