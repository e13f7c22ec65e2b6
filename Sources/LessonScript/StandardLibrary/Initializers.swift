import OrderedCollections

extension StandardLibrary {
    /// `Int(x)`, `Double(x)`, `String(x)`, `Array(x)`... as Swift defines them.
    static func initialize(_ type: BuiltinType, _ arguments: inout CallArguments, _ runtime: Runtime) throws -> Value {
        guard initializerLabels[type, default: []].contains(arguments.labels) else {
            throw RuntimeError(
                "no exact matches in call to initializer of '\(type.rawValue)' with labels "
                    + "'\(arguments.labelSpelling)'")
        }
        switch type {
        case .int: return try makeInt(arguments, runtime)
        case .double, .float: return try makeDouble(arguments, runtime)
        case .bool:
            switch try arguments.single("Bool") {
            case .bool(let value): return .bool(value)
            case .string(let text): return .optional(Bool(text).map(Value.bool))
            case let other:
                throw RuntimeError("no exact matches in call to initializer of 'Bool' with '\(other.typeName)'")
            }
        case .string: return try makeString(arguments, runtime)
        case .character:
            let text = try arguments.single("Character").asString()
            guard text.count == 1, let character = text.first else {
                throw RuntimeError(
                    "Can't form a Character from a String containing more than one extended grapheme cluster")
            }
            return .character(character)
        case .array: return try makeArray(arguments, runtime)
        case .set:
            if arguments.values.isEmpty { return .set(OrderedSet()) }
            return .set(try runtime.makeSet(try runtime.elements(of: try arguments.single("Set"))))
        case .dictionary: return try makeDictionary(arguments, runtime)
        case .optional: return .optional(try arguments.single("Optional"))
        }
    }

    /// The argument labels each initializer takes (`[nil]` for one unlabelled argument).
    private static let initializerLabels: [BuiltinType: Set<[String?]>] = [
        .int: [[nil], [nil, "radix"]],
        .double: [[nil]],
        .float: [[nil]],
        .bool: [[nil]],
        .string: [[], [nil], ["repeating", "count"], [nil, "radix"], ["describing"]],
        .character: [[nil]],
        .array: [[], [nil], ["repeating", "count"]],
        .set: [[], [nil]],
        .dictionary: [[], ["uniqueKeysWithValues"], ["grouping", "by"], ["grouping", nil]],
        .optional: [[nil]],
    ]

    private static func makeInt(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        if let radix = arguments.labelled("radix") {
            let text = try arguments.value(0, of: "Int").asString()
            return .optional(Int(text, radix: try radix.asInt()).map(Value.int))
        }
        switch try scalar(try arguments.single("Int"), runtime) {
        case .int(let value): return .int(value)
        case .double(let value): return .int(try Arithmetic.truncate(value))
        case .string(let text): return .optional(Int(text).map(Value.int))
        case .bool(let flag): return .int(flag ? 1 : 0)
        case let other: throw RuntimeError("no exact matches in call to initializer of 'Int' with '\(other.typeName)'")
        }
    }

    private static func makeDouble(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        switch try scalar(try arguments.single("Double"), runtime) {
        case .int(let value): return .double(Double(value))
        case .double(let value): return .double(value)
        case .string(let text): return .optional(Double(text).map(Value.double))
        case let other:
            throw RuntimeError("no exact matches in call to initializer of 'Double' with '\(other.typeName)'")
        }
    }

    /// A library object's number (`Double(t.item())`-style conversions), or the value itself.
    private static func scalar(_ value: Value, _ runtime: Runtime) throws -> Value {
        guard case .native(let object) = value,
            let conversion = runtime.bindings.binding(for: object)?.lookup({ $0.scalarConversion })
        else { return value }
        return try conversion(object)
    }

    private static func makeString(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        if let repeated = arguments.labelled("repeating") {
            let count = try (arguments.labelled("count") ?? .int(0)).asInt()
            guard count >= 0 else { throw RuntimeError("Negative count not allowed") }
            let text = try repeated.asString()
            if text.isEmpty { return .string("") }
            try runtime.memory.reserve(count: count, of: text.utf8.count, for: "a String")
            return .string(String(repeating: text, count: count))
        }
        if let radix = arguments.labelled("radix") {
            return .string(String(try arguments.value(0, of: "String").asInt(), radix: try radix.asInt()))
        }
        if let described = arguments.labelled("describing") {
            return .string(try runtime.text(of: described, style: .print))
        }
        if arguments.values.isEmpty { return .string("") }
        let value = try arguments.single("String")
        if case .array(let elements) = value, !elements.isEmpty,
            elements.allSatisfy({ if case .character = $0 { true } else { false } })
        {
            return .string(try elements.map { try $0.asString() }.joined())
        }
        return .string(try runtime.text(of: value, style: .print))
    }

    private static func makeArray(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        if let repeated = arguments.labelled("repeating") {
            let count = try (arguments.labelled("count") ?? .int(0)).asInt()
            guard count >= 0 else { throw RuntimeError("Can't construct Array with count < 0") }
            try runtime.memory.reserve(count: count, of: ValueMemory.valueSize, for: "an Array")
            return .array(Array(repeating: repeated, count: count))
        }
        if arguments.values.isEmpty { return .array([]) }
        return .array(try runtime.elements(of: try arguments.single("Array")))
    }

    private static func makeDictionary(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        var result = OrderedDictionary<Value, Value>()
        if let pairs = arguments.labelled("uniqueKeysWithValues") {
            for pair in try runtime.elements(of: pairs) {
                try runtime.tick()
                guard case .tuple(let tuple) = pair, tuple.elements.count == 2 else {
                    throw RuntimeError("Dictionary(uniqueKeysWithValues:) needs (key, value) pairs")
                }
                if result[tuple.elements[0]] != nil {
                    throw RuntimeError(
                        "Fatal error: Duplicate values for key: '\(try runtime.text(of: tuple.elements[0], style: .print))'"
                    )
                }
                result[tuple.elements[0]] = tuple.elements[1]
            }
        } else if let elements = arguments.labelled("grouping"),
            let key = arguments.labelled("by") ?? arguments.firstTrailingClosure.map({ arguments.values[$0] })
        {
            for element in try runtime.elements(of: elements) {
                var single = CallArguments([element])
                let group = try runtime.call(key, &single)
                var members = try result[group]?.asArray() ?? []
                members.append(element)
                result[group] = .array(members)
            }
        } else if !arguments.values.isEmpty {
            throw RuntimeError("unsupported Dictionary initializer")
        }
        return .dictionary(result)
    }

    /// `Int.max`, `Double.pi`, `Double.infinity`...
    static func staticMember(of type: BuiltinType, _ name: String) throws -> Value? {
        switch (type, name) {
        case (.int, "max"): .int(.max)
        case (.int, "min"): .int(.min)
        case (.double, "pi"), (.float, "pi"): .double(.pi)
        case (.double, "infinity"), (.float, "infinity"): .double(.infinity)
        case (.double, "nan"), (.float, "nan"): .double(.nan)
        case (.double, "greatestFiniteMagnitude"), (.float, "greatestFiniteMagnitude"):
            .double(.greatestFiniteMagnitude)
        case (.double, "leastNormalMagnitude"): .double(.leastNormalMagnitude)
        case (.double, "leastNonzeroMagnitude"): .double(.leastNonzeroMagnitude)
        case (.double, "ulpOfOne"): .double(.ulpOfOne)
        default: nil
        }
    }
}
