/// The part of the standard library whose types the checker knows: common properties and methods of numbers,
/// strings and collections, and free functions such as `abs`, `max` and `sqrt`. Anything not listed here is
/// unknown (never an error).
extension TypeChecker {
    /// The type of a standard property (`count`, `isEmpty`, `first`...), or `nil` when not modelled.
    func standardProperty(_ name: String, of type: StaticType) -> StaticType? {
        switch (type, name) {
        case (.array, "count"), (.set, "count"), (.dictionary, "count"), (.string, "count"): .int
        case (.array, "isEmpty"), (.set, "isEmpty"), (.dictionary, "isEmpty"), (.string, "isEmpty"): .bool
        case (.array(let element), "first"), (.array(let element), "last"): .optional(element)
        case (.string, "first"), (.string, "last"): .optional(.character)
        case (.array, "indices"): .range(.int, isClosed: false)
        case (.int, "description"), (.double, "description"), (.bool, "description"), (.string, "description"):
            .string
        default: nil
        }
    }

    /// The standard methods named `name` of a value of `type`, with their signatures (element types where the
    /// collection's are known), or `nil` when not modelled.
    func standardMethods(_ name: String, of type: StaticType) -> [FunctionShape]? {
        switch type {
        case .array(let element): arrayMethods(name, element)
        case .string: stringMethods(name)
        case .double: doubleMethods(name)
        case .int: name == "isMultiple" ? [method("isMultiple", [("of", .int)], .bool)] : nil
        case .dictionary(let key, let value): dictionaryMethods(name, key, value)
        case .set(let element): setMethods(name, element)
        default: nil
        }
    }

    /// Whether `type` has a modelled standard method `name`.
    func hasStandardMethod(_ name: String, of type: StaticType) -> Bool {
        standardMethods(name, of: type) != nil
    }

    private func method(
        _ name: String, _ parameters: [(String?, StaticType)], _ result: StaticType, isMutating: Bool = false
    ) -> FunctionShape {
        FunctionShape(
            name: name, parameters: parameters.map { FunctionShape.Parameter(label: $0.0, type: $0.1) },
            result: result, isMutating: isMutating)
    }

    private func arrayMethods(_ name: String, _ element: StaticType) -> [FunctionShape]? {
        switch name {
        case "append":
            [
                method(name, [(nil, element)], .void, isMutating: true),
                method(name, [("contentsOf", .unknown)], .void, isMutating: true),
            ]
        case "insert": [method(name, [(nil, element), ("at", .int)], .void, isMutating: true)]
        case "remove": [method(name, [("at", .int)], element, isMutating: true)]
        case "removeLast", "removeFirst": [method(name, [], element, isMutating: true)]
        case "popLast": [method(name, [], .optional(element), isMutating: true)]
        case "removeAll", "sort", "reverse", "shuffle":
            [method(name, [], .void, isMutating: true), method(name, [("by", .unknown)], .void, isMutating: true)]
        case "swapAt": [method(name, [(nil, .int), (nil, .int)], .void, isMutating: true)]
        case "contains": [method(name, [(nil, element)], .bool), method(name, [("where", .unknown)], .bool)]
        case "sorted": [method(name, [], .array(element)), method(name, [("by", .unknown)], .array(element))]
        case "filter": [method(name, [(nil, .unknown)], .array(element))]
        case "first", "last": [method(name, [("where", .unknown)], .optional(element))]
        case "firstIndex", "lastIndex":
            [method(name, [("of", element)], .optional(.int)), method(name, [("where", .unknown)], .optional(.int))]
        case "min", "max", "randomElement":
            [method(name, [], .optional(element)), method(name, [("by", .unknown)], .optional(element))]
        case "allSatisfy": [method(name, [(nil, .unknown)], .bool)]
        case "joined" where element == .string:
            [method(name, [], .string), method(name, [("separator", .string)], .string)]
        default: nil
        }
    }

    private func stringMethods(_ name: String) -> [FunctionShape]? {
        switch name {
        case "uppercased", "lowercased": [method(name, [], .string)]
        case "hasPrefix", "hasSuffix": [method(name, [(nil, .string)], .bool)]
        case "contains": [method(name, [(nil, .unknown)], .bool), method(name, [("where", .unknown)], .bool)]
        case "append": [method(name, [(nil, .unknown)], .void, isMutating: true)]
        case "removeLast", "removeFirst": [method(name, [], .character, isMutating: true)]
        case "removeAll": [method(name, [], .void, isMutating: true)]
        default: nil
        }
    }

    private func doubleMethods(_ name: String) -> [FunctionShape]? {
        switch name {
        case "squareRoot": [method(name, [], .double)]
        case "rounded": [method(name, [], .double), method(name, [(nil, .unknown)], .double)]
        case "round", "negate": [method(name, [], .void, isMutating: true)]
        case "truncatingRemainder": [method(name, [("dividingBy", .double)], .double)]
        default: nil
        }
    }

    private func dictionaryMethods(_ name: String, _ key: StaticType, _ value: StaticType) -> [FunctionShape]? {
        switch name {
        case "removeValue": [method(name, [("forKey", key)], .optional(value), isMutating: true)]
        case "updateValue": [method(name, [(nil, value), ("forKey", key)], .optional(value), isMutating: true)]
        case "removeAll": [method(name, [], .void, isMutating: true)]
        default: nil
        }
    }

    private func setMethods(_ name: String, _ element: StaticType) -> [FunctionShape]? {
        switch name {
        case "insert": [method(name, [(nil, element)], .unknown, isMutating: true)]
        case "remove": [method(name, [(nil, element)], .optional(element), isMutating: true)]
        case "removeAll": [method(name, [], .void, isMutating: true)]
        case "contains": [method(name, [(nil, element)], .bool), method(name, [("where", .unknown)], .bool)]
        case "union", "intersection", "subtracting", "symmetricDifference":
            [method(name, [(nil, .unknown)], .set(element))]
        case "formUnion", "formIntersection", "subtract", "formSymmetricDifference":
            [method(name, [(nil, .unknown)], .void, isMutating: true)]
        default: nil
        }
    }

    /// The result of calling the standard function `name` with arguments of `types` (unlabelled), or `nil`
    /// when not modelled.
    func standardFunctionResult(_ name: String, labels: [String?], _ types: [StaticType]) -> StaticType? {
        switch name {
        case "print", "debugPrint", "precondition", "assert": return .void
        case "abs" where types.count == 1 && labels == [nil]:
            return types[0].isNumber || types[0].isNumberLiteral ? types[0] : nil
        case "min",
            "max" where types.count >= 2 && labels.allSatisfy({ $0 == nil }):
            let joined = types.dropFirst().reduce(Optional(types[0])) { partial, next in
                partial.flatMap { join($0, next) }
            }
            guard let joined, joined.isNumber || joined.isNumberLiteral || joined == .string else { return nil }
            return joined
        case "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "tanh", "floor", "ceil", "round",
            "trunc":
            guard types.count == 1, labels == [nil], types[0] == .double || types[0].isNumberLiteral else { return nil }
            return .double
        case "pow":
            guard types.count == 2, types.allSatisfy({ $0 == .double || $0.isNumberLiteral }) else { return nil }
            return .double
        default: return nil
        }
    }
}
