extension Runtime {
    /// `==` as Swift means it: numbers compare by value (an `Int` literal meets a `Double`), an optional equals
    /// a plain value it wraps, collections and tuples compare element by element, left to right (with a list of
    /// pending pairs rather than by recursion, so values nested a million levels deep compare too).
    func valuesEqual(_ lhs: Value, _ rhs: Value) throws -> Bool {
        var pending: [(Value, Value)] = []
        guard try shallowEqual(lhs, rhs, pending: &pending) else { return false }
        while let (a, b) = pending.popLast() {
            guard try shallowEqual(a, b, pending: &pending) else { return false }
        }
        return true
    }

    /// Whether `lhs` equals `rhs`, up to the pairs of nested values it adds to `pending` (last the pair to
    /// compare first), which must be equal too.
    private func shallowEqual(_ lhs: Value, _ rhs: Value, pending: inout [(Value, Value)]) throws -> Bool {
        func pair(_ a: [Value], _ b: [Value]) -> Bool {
            guard a.count == b.count else { return false }
            pending.append(contentsOf: zip(a, b).reversed())
            return true
        }
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)): return Double(a) == b
        case (.double(let a), .int(let b)): return a == Double(b)
        case (.string(let a), .string(let b)): return a == b
        case (.string(let a), .character(let b)), (.character(let b), .string(let a)): return a == String(b)
        case (.optional(let a), .optional(let b)):
            guard let a, let b else { return a == nil && b == nil }
            return pair([a], [b])
        case (.optional(let a), _): return a.map { pair([$0], [rhs]) } ?? false
        case (_, .optional(let b)): return b.map { pair([lhs], [$0]) } ?? false
        case (.array(let a), .array(let b)): return pair(a, b)
        case (.tuple(let a), .tuple(let b)): return pair(a.elements, b.elements)
        case (.structInstance(let a), .structInstance(let b)):
            if let declared = try declaredEquality(lhs, rhs) { return declared }
            return a.type === b.type && pair(a.fields, b.fields)
        case (.native, _), (_, .native):
            return try binary(.equal, lhs, rhs).truthValue
        case (.object, .object), (.enumCase, .enumCase):
            return try declaredEquality(lhs, rhs) ?? (lhs == rhs)
        default: return lhs == rhs
        }
    }

    /// Orders two values for `<`, `sorted()`, `min`, `max`: negative, zero or positive.
    func compare(_ lhs: Value, _ rhs: Value) throws -> Int {
        func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (b < a ? 1 : 0) }
        try checkStack("values are nested too deeply to compare")
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.double(let a), .double(let b)): return order(a, b)
        case (.int(let a), .double(let b)): return order(Double(a), b)
        case (.double(let a), .int(let b)): return order(a, Double(b))
        case (.string(let a), .string(let b)): return order(a, b)
        case (.character(let a), .character(let b)): return order(a, b)
        case (.string(let a), .character(let b)): return order(a, String(b))
        case (.character(let a), .string(let b)): return order(String(a), b)
        case (.bool(let a), .bool(let b)) where a == b: return 0
        case (.tuple(let a), .tuple(let b)) where a.elements.count == b.elements.count:
            for (x, y) in zip(a.elements, b.elements) {
                let result = try compare(x, y)
                if result != 0 { return result }
            }
            return 0
        case (.array(let a), .array(let b)):
            for (x, y) in zip(a, b) {
                let result = try compare(x, y)
                if result != 0 { return result }
            }
            return order(a.count, b.count)
        case (.enumCase(let a), .enumCase(let b)) where a.type === b.type:
            if let declared = try declaredOrder(lhs, rhs) { return declared }
            let index = { (name: String) in a.type.cases.firstIndex { $0.name == name } ?? 0 }
            return order(index(a.name), index(b.name))
        case (.native, _), (_, .native):
            if try binary(.less, lhs, rhs).truthValue { return -1 }
            return try binary(.greater, lhs, rhs).truthValue ? 1 : 0
        default:
            if let declared = try declaredOrder(lhs, rhs) { return declared }
            throw RuntimeError(
                "binary operator '<' cannot be applied to operands of type '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
    }

    /// Whether `lhs` sorts before `rhs`, for `sort()` and `sorted()`; counts towards the time limit, as sorting a
    /// large array can take long.
    func ascending(_ lhs: Value, _ rhs: Value) throws -> Bool {
        try tick()
        return try compare(lhs, rhs) < 0
    }

    /// `pattern ~= value`: a range contains the value, anything else equals it.
    func patternMatches(_ pattern: Value, _ value: Value) throws -> Bool {
        if case .range(let range) = pattern, !(value.isRange) {
            return try rangeContains(range, value)
        }
        return try valuesEqual(pattern, value)
    }

    /// Whether `value` lies in `range` (partial ranges too).
    func rangeContains(_ range: RangeValue, _ value: Value) throws -> Bool {
        if let lower = range.lower, try compare(value, lower) < 0 { return false }
        if let upper = range.upper {
            let order = try compare(value, upper)
            return range.isClosed ? order <= 0 : order < 0
        }
        return true
    }
}

extension Value {
    var isRange: Bool {
        if case .range = self { return true }
        return false
    }

    /// The `Bool` a condition needs.
    var truthValue: Bool {
        get throws {
            switch self {
            case .bool(let value): return value
            default: throw RuntimeError("cannot convert value of type '\(typeName)' to 'Bool'")
            }
        }
    }
}
