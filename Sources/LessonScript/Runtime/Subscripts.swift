extension Runtime {
    /// `base[indices]` read: array elements and slices, dictionary lookups (optional, or with `default:`),
    /// library objects' subscripts.
    func subscriptValue(_ base: Value, _ indices: [Value], _ labels: [String?]) throws -> Value {
        switch base {
        case .array(let elements):
            let index = try singleIndex(indices, labels)
            if case .range(let range) = index {
                return .array(Array(elements[try sliceBounds(range, count: elements.count)]))
            }
            let position = try index.asInt()
            guard elements.indices.contains(position) else { throw RuntimeError("Index out of range") }
            return elements[position]
        case .dictionary(let dictionary):
            guard let key = indices.first else { throw RuntimeError("missing subscript key") }
            if labels.count == 2, labels[1] == "default" { return dictionary[key] ?? indices[1] }
            return .optional(dictionary[key])
        case .structInstance, .object, .enumCase:
            return try declaredSubscriptValue(base, indices, labels) ?? .void
        case .native(let object):
            if let script = scriptObject(of: object), !script.type.allSubscripts.isEmpty,
                let value = try declaredSubscriptValue(base, indices, labels)
            {
                return value
            }
            guard let getter = bindings.binding(for: object)?.lookup({ $0.subscriptGetter }) else {
                throw RuntimeError("value of type '\(base.typeName)' has no subscripts")
            }
            return try getter(object, indices)
        case .string:
            throw RuntimeError(
                "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.")
        case .optional(.some):
            throw RuntimeError("value of optional type '\(base.typeName)' must be unwrapped to use a subscript")
        case .optional(nil):
            throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value")
        default:
            throw RuntimeError("value of type '\(base.typeName)' has no subscripts")
        }
    }

    /// `base[indices]` changed through `body` (assignment, compound assignment, mutating calls).
    func modifySubscript(
        _ base: inout Value, _ indices: [Value], _ labels: [String?], _ body: (inout Value) throws -> Void
    ) throws {
        switch base {
        case .array(var elements):
            let index = try singleIndex(indices, labels)
            base = .void
            defer { base = .array(elements) }
            if case .range(let range) = index {
                let bounds = try sliceBounds(range, count: elements.count)
                var slice = Value.array(Array(elements[bounds]))
                try body(&slice)
                elements.replaceSubrange(bounds, with: try slice.asArray())
                return
            }
            let position = try index.asInt()
            guard elements.indices.contains(position) else { throw RuntimeError("Index out of range") }
            try body(&elements[position])
        case .dictionary(var dictionary):
            guard let key = indices.first else { throw RuntimeError("missing subscript key") }
            base = .void
            defer { base = .dictionary(dictionary) }
            if labels.count == 2 && labels[1] == "default" {
                // In place: the entry keeps its position, and a collection in it is not copied.
                try body(&dictionary[key, default: indices[1]])
                return
            }
            var entry = Value.optional(dictionary[key])
            try body(&entry)
            switch entry {
            case .optional(let wrapped): dictionary[key] = wrapped
            default: dictionary[key] = entry
            }
        case .structInstance, .object, .enumCase:
            _ = try modifyDeclaredSubscript(&base, indices, labels, body)
        case .native(let object):
            if let script = scriptObject(of: object), !script.type.allSubscripts.isEmpty,
                try modifyDeclaredSubscript(&base, indices, labels, body)
            {
                return
            }
            guard let binding = bindings.binding(for: object),
                let getter = binding.lookup({ $0.subscriptGetter }), let setter = binding.lookup({ $0.subscriptSetter })
            else {
                throw RuntimeError("cannot assign through subscript: '\(base.typeName)' has a get-only subscript")
            }
            var element = try getter(object, indices)
            let original = element
            try body(&element)
            if !isSameReference(original, element) { try setter(object, indices, element) }
        default:
            _ = try subscriptValue(base, indices, labels)
            throw RuntimeError("cannot assign through subscript of a value of type '\(base.typeName)'")
        }
    }

    private func singleIndex(_ indices: [Value], _ labels: [String?]) throws -> Value {
        guard indices.count == 1, labels == [nil] else {
            throw RuntimeError("an array subscript takes one index")
        }
        return indices[0]
    }

    /// The integer bounds of `range` within `0..<count`, with Swift's error when they fall outside.
    private func sliceBounds(_ range: RangeValue, count: Int) throws -> Range<Int> {
        let lower = try range.lower?.asInt() ?? 0
        var upper = try range.upper?.asInt() ?? count
        if range.isClosed, range.upper != nil {
            guard upper < Int.max else { throw RuntimeError("Index out of range") }
            upper += 1
        }
        guard lower >= 0, upper <= count, lower <= upper else { throw RuntimeError("Index out of range") }
        return lower..<upper
    }
}
