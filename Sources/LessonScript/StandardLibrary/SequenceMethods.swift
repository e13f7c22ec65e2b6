import OrderedCollections

extension StandardLibrary {
    /// Methods every sequence has (arrays, sets, dictionaries, strings, ranges, iterable library objects).
    static func sequenceMethod(_ value: Value, _ call: MethodCall) throws -> Value? {
        guard sequenceMethodNames.contains(call.name) else { return nil }
        let elements = try call.runtime.elements(of: value)
        let runtime = call.runtime
        switch (call.name, call.labels) {
        case ("map", _):
            let transform = try call.argument(nil)
            return .array(
                try runtime.collect(elements, count: elements.count, of: ValueMemory.valueSize) {
                    try call.apply(transform, $0)
                })
        case ("filter", _):
            let predicate = try call.argument(nil)
            let kept = try elements.filter { try call.test(predicate, $0) }
            return rebuild(value, kept)
        case ("compactMap", _):
            let transform = try call.argument(nil)
            return .array(try elements.compactMap { try call.apply(transform, $0).unwrappedOnce })
        case ("flatMap", _):
            let transform = try call.argument(nil)
            return .array(try elements.flatMap { try runtime.elements(of: try call.apply(transform, $0)) })
        case ("forEach", _):
            let body = try call.argument(nil)
            for element in elements { _ = try call.apply(body, element) }
            return .void
        case ("reduce", [nil, nil]), ("reduce", ["into", nil]):
            return try reduce(elements, call)
        case ("contains", [nil]):
            let target = call.values[0]
            if call.arguments.firstTrailingClosure == 0, case .function = target {
                return .bool(try elements.contains { try call.test(target, $0) })
            }
            return .bool(try elements.contains { try runtime.valuesEqual($0, target) })
        case ("contains", ["where"]):
            return .bool(try elements.contains { try call.test(call.values[0], $0) })
        case ("allSatisfy", _):
            let predicate = try call.argument(nil)
            return .bool(try elements.allSatisfy { try call.test(predicate, $0) })
        case ("count", ["where"]):
            return .int(try elements.filter { try call.test(call.values[0], $0) }.count)
        case ("first", ["where"]):
            return .optional(try elements.first { try call.test(call.values[0], $0) })
        case ("last", ["where"]):
            return .optional(try elements.last { try call.test(call.values[0], $0) })
        case ("firstIndex", ["of"]):
            return .optional(try elements.firstIndex { try runtime.valuesEqual($0, call.values[0]) }.map(Value.int))
        case ("firstIndex", ["where"]):
            return .optional(try elements.firstIndex { try call.test(call.values[0], $0) }.map(Value.int))
        case ("lastIndex", ["of"]):
            return .optional(try elements.lastIndex { try runtime.valuesEqual($0, call.values[0]) }.map(Value.int))
        case ("lastIndex", ["where"]):
            return .optional(try elements.lastIndex { try call.test(call.values[0], $0) }.map(Value.int))
        case ("min", []), ("max", []):
            let wantsMaximum = call.name == "max"
            return .optional(
                try elements.reduce(nil as Value?) { best, element in
                    guard let best else { return element }
                    let order = try runtime.compare(element, best)
                    return (wantsMaximum ? order > 0 : order < 0) ? element : best
                })
        case ("min", ["by"]), ("max", ["by"]):
            let areInIncreasingOrder = call.values[0]
            let wantsMaximum = call.name == "max"
            return .optional(
                try elements.reduce(nil as Value?) { best, element in
                    guard let best else { return element }
                    let better =
                        wantsMaximum
                        ? try call.test(areInIncreasingOrder, best, element)
                        : try call.test(areInIncreasingOrder, element, best)
                    return better ? element : best
                })
        case ("sorted", []):
            try runtime.memory.reserve(count: elements.count, of: ValueMemory.valueSize, for: "an Array")
            return .array(try elements.sorted(by: runtime.ascending))
        case ("sorted", ["by"]):
            let areInIncreasingOrder = call.values[0]
            try runtime.memory.reserve(count: elements.count, of: ValueMemory.valueSize, for: "an Array")
            return .array(try elements.sorted { try call.test(areInIncreasingOrder, $0, $1) })
        case ("reversed", []):
            return .array(
                try runtime.collect(elements.reversed(), count: elements.count, of: ValueMemory.valueSize) { $0 })
        case ("enumerated", []):
            return .array(
                try runtime.collect(elements.enumerated(), count: elements.count, of: ValueMemory.pairSize) {
                    .tuple(TupleValue([.int($0), $1], labels: offsetElementLabels))
                })
        case ("joined", _): return try joined(elements, call)
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", _), ("dropLast", _):
            return try slice(value, elements, call)
        case ("prefix", ["while"]):
            let predicate = call.values[0]
            let count = try elements.firstIndex { try !call.test(predicate, $0) } ?? elements.count
            return rebuildSlice(value, Array(elements.prefix(count)))
        case ("drop", ["while"]):
            let predicate = call.values[0]
            let count = try elements.firstIndex { try !call.test(predicate, $0) } ?? elements.count
            return rebuildSlice(value, Array(elements.dropFirst(count)))
        case ("split", _): return try split(value, elements, call)
        case ("starts", ["with"]):
            let prefix = try runtime.elements(of: call.values[0])
            return .bool(
                try prefix.count <= elements.count
                    && zip(prefix, elements).allSatisfy { try runtime.valuesEqual($0, $1) })
        case ("elementsEqual", [nil]):
            let other = try runtime.elements(of: call.values[0])
            return .bool(
                try other.count == elements.count && zip(other, elements).allSatisfy { try runtime.valuesEqual($0, $1) }
            )
        default:
            throw RuntimeError(
                "no exact matches in call to '\(call.name)' with labels '\(call.arguments.labelSpelling)'")
        }
    }

    /// A filtered sequence in the kind of its source: a string stays a string, a set a set, a dictionary a
    /// dictionary.
    private static func rebuild(_ source: Value, _ elements: [Value]) -> Value {
        switch source {
        case .string: .string(String(elements.compactMap { if case .character(let c) = $0 { c } else { nil } }))
        case .set: .set(OrderedSet(elements))
        case .dictionary:
            .dictionary(
                elements.reduce(into: OrderedDictionary<Value, Value>()) { result, pair in
                    if case .tuple(let tuple) = pair, tuple.elements.count == 2 {
                        result[tuple.elements[0]] = tuple.elements[1]
                    }
                })
        default: .array(elements)
        }
    }

    private static func reduce(_ elements: [Value], _ call: MethodCall) throws -> Value {
        let combine = call.values[1]
        if call.labels[0] == "into" {
            let accumulator = Variable(call.values[0])
            for element in elements {
                var arguments = CallArguments([accumulator.value, element])
                arguments.inoutVariables = [accumulator, nil]
                _ = try call.runtime.call(combine, &arguments)
            }
            return accumulator.value
        }
        var result = call.values[0]
        for element in elements { result = try call.apply(combine, result, element) }
        return result
    }

    /// The labels of `enumerated()`'s elements, `(offset:element:)`, shared by all of them.
    private static let offsetElementLabels: [String?] = ["offset", "element"]

    private static func joined(_ elements: [Value], _ call: MethodCall) throws -> Value {
        let separator = try call.arguments.labelled("separator")?.asString() ?? ""
        let memory = call.runtime.memory
        if elements.allSatisfy({ if case .array = $0 { true } else { false } }), !elements.isEmpty {
            let arrays = try elements.map { try $0.asArray() }
            try memory.reserve(
                count: ValueMemory.total(arrays.map(\.count)), of: ValueMemory.valueSize, for: "an Array")
            return .array(Array(arrays.joined()))
        }
        let strings = try elements.map { try $0.asString() }
        let separators = repeatElement(separator.utf8.count, count: max(strings.count - 1, 0))
        try memory.reserve(bytes: ValueMemory.total(strings.map(\.utf8.count) + separators), for: "a String")
        return .string(strings.joined(separator: separator))
    }

    private static func slice(_ source: Value, _ elements: [Value], _ call: MethodCall) throws -> Value {
        let count = try call.values.first?.asInt() ?? 1
        guard count >= 0 else {
            throw RuntimeError("Can't \(call.name.hasPrefix("drop") ? "drop" : "take") a negative number of elements")
        }
        let kept: [Value]
        switch call.name {
        case "prefix": kept = Array(elements.prefix(count))
        case "suffix": kept = Array(elements.suffix(count))
        case "dropFirst": kept = Array(elements.dropFirst(count))
        default: kept = Array(elements.dropLast(count))
        }
        return rebuildSlice(source, kept)
    }

    /// A slice of a sequence: a string's is a string, any other's an array.
    private static func rebuildSlice(_ source: Value, _ kept: [Value]) -> Value {
        if case .string = source { return rebuild(source, kept) }
        return .array(kept)
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` and `split(maxSplits:...:whereSeparator:)`, by
    /// Swift's algorithm: an omitted empty piece does not count as a split.
    private static func split(_ source: Value, _ elements: [Value], _ call: MethodCall) throws -> Value {
        let isSeparator: (Value) throws -> Bool
        if let separator = call.arguments.labelled("separator") {
            isSeparator = { try call.runtime.valuesEqual($0, separator) }
        } else if let predicate = call.arguments.labelled("whereSeparator") {
            isSeparator = { try call.test(predicate, $0) }
        } else {
            throw RuntimeError("'split' needs a 'separator:' or 'whereSeparator:' argument")
        }
        let maxSplits = try call.arguments.labelled("maxSplits")?.asInt() ?? Int.max
        guard maxSplits >= 0 else { throw RuntimeError("Must take zero or more splits") }
        let omitting = try call.arguments.labelled("omittingEmptySubsequences")?.asBool() ?? true
        var pieces: [[Value]] = []
        var start = 0
        func appendPiece(upTo end: Int) -> Bool {
            if start == end && omitting { return false }
            pieces.append(Array(elements[start..<end]))
            return true
        }
        if maxSplits > 0 {
            for index in elements.indices where try isSeparator(elements[index]) {
                let appended = appendPiece(upTo: index)
                start = index + 1
                if appended && pieces.count == maxSplits { break }
            }
        }
        if start != elements.count || !omitting { pieces.append(Array(elements[start...])) }
        if case .string = source { return .array(pieces.map { rebuild(source, $0) }) }
        return .array(pieces.map { .array($0) })
    }
}
