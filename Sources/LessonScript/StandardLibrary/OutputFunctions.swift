extension StandardLibrary {
    static let outputFunctions: [(String, Body)] = [
        ("print", { arguments, runtime in try write(arguments, runtime, style: .print) }),
        ("debugPrint", { arguments, runtime in try write(arguments, runtime, style: .debug) }),
    ]

    /// `print(_:separator:terminator:)`: the unlabelled items, joined by the separator, then the terminator.
    private static func write(_ arguments: CallArguments, _ runtime: Runtime, style: TextStyle) throws -> Value {
        var separator = " "
        var terminator = "\n"
        var items: [String] = []
        for (value, label) in zip(arguments.values, arguments.labels) {
            switch label {
            case nil: items.append(try runtime.text(of: value, style: style))
            case "separator": separator = try value.asString()
            case "terminator": terminator = try value.asString()
            case let other?: throw RuntimeError("extra argument '\(other)' in call")
            }
        }
        let text = items.joined(separator: separator) + terminator
        // The output grows by copying into a larger buffer: the old and the new one are held at once.
        try runtime.memory.reserve(bytes: runtime.output.utf8.count + text.utf8.count, for: "the printed output")
        runtime.write(text)
        return .void
    }

    static let checkingFunctions: [(String, Body)] = [
        (
            "fatalError",
            { arguments, runtime in
                let message = try arguments.values.first.map { try $0.asString() } ?? ""
                throw RuntimeError("Fatal error" + (message.isEmpty ? "" : ": \(message)"))
            }
        ),
        ("precondition", { arguments, runtime in try check(arguments, "Precondition failed") }),
        ("assert", { arguments, runtime in try check(arguments, "Assertion failed") }),
        (
            "type",
            { arguments, runtime in
                let value = try arguments.single("type(of:)")
                return .type(typeReference(of: value, runtime))
            }
        ),
    ]

    private static func check(_ arguments: CallArguments, _ failure: String) throws -> Value {
        guard try arguments.value(0, of: failure).truthValue else {
            let message = try arguments.values.dropFirst().first.map { try $0.asString() } ?? ""
            throw RuntimeError(failure + (message.isEmpty ? "" : ": \(message)"))
        }
        return .void
    }

    /// The type of `value`, as `type(of:)` gives it.
    static func typeReference(of value: Value, _ runtime: Runtime) -> TypeReference {
        switch value {
        case .int: .builtin(.int)
        case .double: .builtin(.double)
        case .bool: .builtin(.bool)
        case .string: .builtin(.string)
        case .character: .builtin(.character)
        case .structInstance(let instance): .declared(instance.type)
        case .object(let object): .declared(object.type)
        case .enumCase(let enumCase): .declared(enumCase.type)
        case .native(let object):
            runtime.scriptObject(of: object).map { .declared($0.type) }
                ?? runtime.bindings.binding(for: object).map(TypeReference.native) ?? .builtin(.optional)
        default: .collection(value.typeAnnotation)
        }
    }
}

extension Value {
    /// The value's type as an annotation would write it (an empty collection's element type is `Any`).
    var typeAnnotation: TypeAnnotation {
        switch self {
        case .array(let elements): .array(elements.first?.typeAnnotation ?? .named("Any"))
        case .set(let set): .set(set.elements.first?.typeAnnotation ?? .named("Any"))
        case .dictionary(let dictionary):
            .dictionary(
                dictionary.keys.first?.typeAnnotation ?? .named("Any"),
                dictionary.values.first?.typeAnnotation ?? .named("Any"))
        case .optional(let wrapped): .optional(wrapped?.typeAnnotation ?? .named("Any"))
        case .tuple(let tuple):
            .tuple(tuple.elements.map(\.typeAnnotation), labels: tuple.elements.indices.map { tuple.label(at: $0) })
        case .range(let range):
            .other(range.typeName + "<\((range.lower ?? range.upper)?.typeAnnotation.genericSpelling ?? "Int")>")
        default: .named(typeName)
        }
    }
}

extension TypeAnnotation {
    /// The type as `print(type(of: x))` spells it: `Array<Int>`, `Dictionary<String, Double>`, `Optional<Int>`.
    var genericSpelling: String { spelling(qualified: false) }
}
