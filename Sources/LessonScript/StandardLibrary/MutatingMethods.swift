import OrderedCollections

extension StandardLibrary {
    static let mutatingNames: [String: Set<String>] = [
        "array": [
            "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "popLast", "sort", "reverse",
            "swapAt", "removeSubrange",
        ],
        "dictionary": ["removeValue", "updateValue", "removeAll", "merge"],
        "set": ["insert", "remove", "removeAll", "formUnion", "formIntersection", "subtract"],
        "string": ["append", "removeLast", "removeFirst", "removeAll", "popLast"],
        "bool": ["toggle"],
    ]

    /// Whether `name` is a mutating method of `value`'s standard-library type.
    static func isMutating(_ value: Value, _ name: String) -> Bool {
        let kind: String
        switch value {
        case .array: kind = "array"
        case .dictionary: kind = "dictionary"
        case .set: kind = "set"
        case .string: kind = "string"
        case .bool: kind = "bool"
        default: return false
        }
        return mutatingNames[kind]?.contains(name) ?? false
    }

    /// Runs a mutating method on `value`, which the caller has taken out of its variable (so the storage is not
    /// shared and changes in place) and writes back afterwards.
    static func callMutating(
        _ value: inout Value, _ name: String, _ arguments: inout CallArguments, _ runtime: Runtime
    ) throws -> Value {
        arguments.labelTrailingClosure(forMethod: name)
        let call = MethodCall(name: name, arguments: arguments, runtime: runtime)
        switch value {
        case .array(var elements):
            value = .void
            defer { value = .array(elements) }
            return try mutateArray(&elements, call)
        case .dictionary(var dictionary):
            value = .void
            defer { value = .dictionary(dictionary) }
            return try mutateDictionary(&dictionary, call)
        case .set(var set):
            value = .void
            defer { value = .set(set) }
            return try mutateSet(&set, call)
        case .string(var string):
            value = .void
            defer { value = .string(string) }
            return try mutateString(&string, call)
        case .bool(let flag) where name == "toggle":
            value = .bool(!flag)
            return .void
        default:
            throw RuntimeError("value of type '\(value.typeName)' has no member '\(name)'")
        }
    }

    private static func index(_ value: Value, in count: Int, inclusive: Bool = false) throws -> Int {
        let index = try value.asInt()
        guard index >= 0, inclusive ? index <= count : index < count else { throw RuntimeError("Index out of range") }
        return index
    }

    private static func mutateArray(_ elements: inout [Value], _ call: MethodCall) throws -> Value {
        switch (call.name, call.labels) {
        case ("append", [nil]): elements.append(call.values[0])
        case ("append", ["contentsOf"]):
            try call.runtime.append(try call.runtime.elements(of: call.values[0]), to: &elements)
        case ("insert", [nil, "at"]):
            elements.insert(call.values[0], at: try index(call.values[1], in: elements.count, inclusive: true))
        case ("remove", ["at"]): return elements.remove(at: try index(call.values[0], in: elements.count))
        case ("removeLast", []), ("removeFirst", []):
            guard !elements.isEmpty else {
                throw RuntimeError(
                    "Can't remove \(call.name == "removeLast" ? "last" : "first") element from an empty collection")
            }
            return call.name == "removeLast" ? elements.removeLast() : elements.removeFirst()
        case ("removeLast", [nil]), ("removeFirst", [nil]):
            let count = try call.values[0].asInt()
            guard count >= 0, count <= elements.count else {
                throw RuntimeError("Can't remove more items from a collection than it contains")
            }
            if call.name == "removeLast" { elements.removeLast(count) } else { elements.removeFirst(count) }
        case ("removeAll", []): elements.removeAll()
        case ("removeAll", ["where"]): try elements.removeAll { try call.test(call.values[0], $0) }
        case ("popLast", []): return .optional(elements.popLast())
        case ("sort", []): try elements.sort(by: call.runtime.ascending)
        case ("sort", ["by"]): try elements.sort { try call.test(call.values[0], $0, $1) }
        case ("reverse", []): elements.reverse()
        case ("swapAt", [nil, nil]):
            elements.swapAt(
                try index(call.values[0], in: elements.count), try index(call.values[1], in: elements.count))
        default: throw noMatch(call)
        }
        return .void
    }

    private static func mutateDictionary(
        _ dictionary: inout OrderedDictionary<Value, Value>, _ call: MethodCall
    ) throws -> Value {
        switch (call.name, call.labels) {
        case ("removeValue", ["forKey"]): return .optional(dictionary.removeValue(forKey: call.values[0]))
        case ("updateValue", [nil, "forKey"]):
            let old = dictionary[call.values[1]]
            dictionary[call.values[1]] = call.values[0]
            return .optional(old)
        case ("removeAll", []): dictionary.removeAll()
        case ("merge", [nil, "uniquingKeysWith"]):
            for pair in try call.runtime.elements(of: call.values[0]) {
                guard case .tuple(let tuple) = pair, tuple.elements.count == 2 else { continue }
                let (key, value) = (tuple.elements[0], tuple.elements[1])
                dictionary[key] = try dictionary[key].map { try call.apply(call.values[1], $0, value) } ?? value
            }
        default: throw noMatch(call)
        }
        return .void
    }

    private static func mutateSet(_ set: inout OrderedSet<Value>, _ call: MethodCall) throws -> Value {
        switch (call.name, call.labels) {
        case ("insert", [nil]):
            let inserted = set.append(call.values[0]).inserted
            return .tuple(TupleValue([.bool(inserted), call.values[0]], labels: ["inserted", "memberAfterInsert"]))
        case ("remove", [nil]): return .optional(set.remove(call.values[0]))
        case ("removeAll", []): set = OrderedSet()
        case ("formUnion", [nil]): for element in try call.runtime.elements(of: call.values[0]) { set.append(element) }
        case ("subtract", [nil]): for element in try call.runtime.elements(of: call.values[0]) { set.remove(element) }
        case ("formIntersection", [nil]):
            let other = try call.runtime.makeSet(try call.runtime.elements(of: call.values[0]))
            set = OrderedSet(set.elements.filter(other.contains))
        default: throw noMatch(call)
        }
        return .void
    }

    private static func mutateString(_ string: inout String, _ call: MethodCall) throws -> Value {
        switch (call.name, call.labels) {
        case ("append", [nil]), ("append", ["contentsOf"]):
            try call.runtime.append(call.values[0].asString(), to: &string)
        case ("removeLast", []), ("removeFirst", []), ("popLast", []):
            guard !string.isEmpty else {
                if call.name == "popLast" { return .null }
                throw RuntimeError(
                    "Can't remove \(call.name == "removeLast" ? "last" : "first") element from an empty collection")
            }
            let removed = Value.character(call.name == "removeFirst" ? string.removeFirst() : string.removeLast())
            return call.name == "popLast" ? .optional(removed) : removed
        case ("removeAll", []): string = ""
        default: throw noMatch(call)
        }
        return .void
    }

    private static func noMatch(_ call: MethodCall) -> RuntimeError {
        RuntimeError("no exact matches in call to '\(call.name)' with labels '\(call.arguments.labelSpelling)'")
    }
}
