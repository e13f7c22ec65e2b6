extension StandardLibrary {
    /// Calls a non-mutating method of a standard-library value.
    static func callMethod(
        on value: Value, _ name: String, _ arguments: inout CallArguments, _ runtime: Runtime
    ) throws -> Value {
        arguments.labelTrailingClosure(forMethod: name)
        let context = MethodCall(name: name, arguments: arguments, runtime: runtime)
        switch value {
        case .int(let integer):
            if let result = try intMethod(integer, context) ?? doubleMethod(Double(integer), context) { return result }
        case .double(let double): if let result = try doubleMethod(double, context) { return result }
        case .string(let string): if let result = try stringMethod(string, context) { return result }
        case .character(let character): if let result = try characterMethod(character, context) { return result }
        case .dictionary(let dictionary): if let result = try dictionaryMethod(dictionary, context) { return result }
        case .set(let set): if let result = try setMethod(set, context) { return result }
        case .range(let range):
            if name == "contains", arguments.labels == [nil] {
                return .bool(try runtime.rangeContains(range, arguments.values[0]))
            }
        default: break
        }
        if let result = try sequenceMethod(value, context) { return result }
        if let property = try property(of: value, name, runtime) {
            return try runtime.call(property, &arguments)
        }
        throw RuntimeError("value of type '\(value.typeName)' has no member '\(name)'")
    }

    /// Whether `value` has a non-mutating method `name` (so `value.name` can be a function value).
    static func hasMethod(_ value: Value, _ name: String) -> Bool {
        sequenceMethodNames.contains(name) || isMutating(value, name)
    }

    static let sequenceMethodNames: Set<String> = [
        "map", "filter", "reduce", "forEach", "contains", "allSatisfy", "first", "firstIndex", "last", "lastIndex",
        "min", "max", "sorted", "reversed", "enumerated", "joined", "prefix", "suffix", "dropFirst", "dropLast",
        "flatMap", "compactMap", "split", "count", "starts", "elementsEqual",
    ]
}

/// One method call on a standard-library value: its name, arguments and the interpreter to call closures.
struct MethodCall {
    let name: String
    let arguments: CallArguments
    let runtime: Runtime

    var labels: [String?] { arguments.labels }
    var values: [Value] { arguments.values }

    /// The only argument, checking its label.
    func argument(_ label: String?) throws -> Value {
        guard values.count == 1 else {
            throw RuntimeError("'\(name)' takes 1 argument but \(values.count) were given")
        }
        if labels[0] != label, arguments.firstTrailingClosure != 0 {
            throw RuntimeError(
                "incorrect argument label in call (have '\(labels[0] ?? "_"):', expected '\(label ?? "_"):')")
        }
        return values[0]
    }

    /// Calls a closure argument with `values`.
    func apply(_ function: Value, _ values: Value...) throws -> Value {
        var call = CallArguments(values)
        return try runtime.call(function, &call)
    }

    /// Calls a predicate argument.
    func test(_ function: Value, _ values: Value...) throws -> Bool {
        var call = CallArguments(values)
        return try runtime.call(function, &call).truthValue
    }
}
