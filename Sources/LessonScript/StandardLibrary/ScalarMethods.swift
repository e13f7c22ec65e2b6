import Foundation
import OrderedCollections

extension StandardLibrary {
    static func intMethod(_ integer: Int, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.labels) {
        case ("isMultiple", ["of"]):
            let divisor = try call.values[0].asInt()
            return .bool(
                divisor == 0 ? integer == 0 : integer.remainderReportingOverflow(dividingBy: divisor).partialValue == 0)
        case ("signum", []): return .int(integer.signum())
        case ("quotientAndRemainder", ["dividingBy"]):
            let divisor = try call.values[0].asInt()
            let quotient = try Arithmetic.integer(.divide, integer, divisor)
            let remainder = try Arithmetic.integer(.remainder, integer, divisor)
            return .tuple(TupleValue([.int(quotient), .int(remainder)], labels: ["quotient", "remainder"]))
        case ("distance", ["to"]): return .int(try Arithmetic.integer(.subtract, try call.values[0].asInt(), integer))
        case ("advanced", ["by"]): return .int(try Arithmetic.integer(.add, integer, try call.values[0].asInt()))
        default: return nil
        }
    }

    static func doubleMethod(_ double: Double, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.labels) {
        case ("squareRoot", []): return .double(double.squareRoot())
        case ("rounded", []): return .double(double.rounded())
        case ("rounded", [nil]): return .double(double.rounded(try roundingRule(call.values[0])))
        case ("truncatingRemainder", ["dividingBy"]):
            return .double(double.truncatingRemainder(dividingBy: try call.values[0].asDouble()))
        case ("remainder", ["dividingBy"]): return .double(double.remainder(dividingBy: try call.values[0].asDouble()))
        case ("isMultiple", ["of"]):
            return .bool(double.truncatingRemainder(dividingBy: try call.values[0].asDouble()) == 0)
        case ("distance", ["to"]): return .double(try call.values[0].asDouble() - double)
        case ("advanced", ["by"]): return .double(double + (try call.values[0].asDouble()))
        default: return nil
        }
    }

    private static func roundingRule(_ value: Value) throws -> FloatingPointRoundingRule {
        guard case .symbol(let name) = value else { throw RuntimeError("expected a rounding rule such as '.down'") }
        switch name {
        case "down": return .down
        case "up": return .up
        case "towardZero": return .towardZero
        case "awayFromZero": return .awayFromZero
        case "toNearestOrEven": return .toNearestOrEven
        case "toNearestOrAwayFromZero": return .toNearestOrAwayFromZero
        default: throw RuntimeError("type 'FloatingPointRoundingRule' has no member '\(name)'")
        }
    }

    static func characterMethod(_ character: Character, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.labels) {
        case ("uppercased", []): return .string(character.uppercased())
        case ("lowercased", []): return .string(character.lowercased())
        default: return nil
        }
    }

    static func stringMethod(_ string: String, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.labels) {
        case ("uppercased", []): return .string(string.uppercased())
        case ("lowercased", []): return .string(string.lowercased())
        case ("hasPrefix", [nil]): return .bool(string.hasPrefix(try call.values[0].asString()))
        case ("hasSuffix", [nil]): return .bool(string.hasSuffix(try call.values[0].asString()))
        case ("contains", [nil]):
            if case .function = call.values[0] { return nil }
            return .bool(string.contains(try call.values[0].asString()))
        case ("components", ["separatedBy"]):
            let separator = try call.values[0].asString()
            let memory = call.runtime.memory
            let pieces = occurrences(of: separator, in: string, countedPast: memory.limit / ValueMemory.stringSize) + 1
            try memory.reserve(count: pieces, of: ValueMemory.stringSize, for: "an Array")
            return .array(string.components(separatedBy: separator).map(Value.string))
        case ("replacingOccurrences", ["of", "with"]):
            let (target, replacement) = (try call.values[0].asString(), try call.values[1].asString())
            let memory = call.runtime.memory
            let growth = max(replacement.utf8.count - target.utf8.count, 0)
            let found = growth == 0 ? 0 : occurrences(of: target, in: string, countedPast: memory.limit / growth)
            let (added, overflow) = found.multipliedReportingOverflow(by: growth)
            try memory.reserve(bytes: ValueMemory.total([string.utf8.count, overflow ? .max : added]), for: "a String")
            return .string(string.replacingOccurrences(of: target, with: replacement))
        case ("trimmingCharacters", ["in"]):
            let set: CharacterSet =
                if case .symbol("whitespaces") = call.values[0] { .whitespaces } else { .whitespacesAndNewlines }
            return .string(string.trimmingCharacters(in: set))
        case ("split", [nil]):
            let separator = try call.values[0].asString()
            guard separator.count == 1, let character = separator.first else { return nil }
            let memory = call.runtime.memory
            let pieces = occurrences(of: separator, in: string, countedPast: memory.limit / ValueMemory.stringSize) + 1
            try memory.reserve(count: pieces, of: ValueMemory.stringSize, for: "an Array")
            return .array(string.split(separator: character).map { .string(String($0)) })
        default: return nil
        }
    }

    /// How many times `target` occurs in `text`, or the most it could (one per `target`'s length) when that is
    /// at most `threshold`: counting takes a pass over the text, which a memory check needs only near its limit.
    private static func occurrences(of target: String, in text: String, countedPast threshold: Int) -> Int {
        let most = text.utf8.count / max(target.utf8.count, 1)
        guard most > threshold, !target.isEmpty else { return most }
        var count = 0
        var rest = text.startIndex..<text.endIndex
        while let found = text.range(of: target, range: rest) {
            count += 1
            rest = found.upperBound..<text.endIndex
        }
        return count
    }

    static func dictionaryMethod(_ dictionary: OrderedDictionary<Value, Value>, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.labels) {
        case ("mapValues", _):
            let transform = try call.argument(nil)
            var result = OrderedDictionary<Value, Value>()
            for (key, value) in zip(dictionary.keys, dictionary.values) {
                result[key] = try call.apply(transform, value)
            }
            return .dictionary(result)
        case ("index", ["forKey"]):
            return .optional(dictionary.keys.firstIndex(of: call.values[0]).map(Value.int))
        default: return nil
        }
    }

    static func setMethod(_ set: OrderedSet<Value>, _ call: MethodCall) throws -> Value? {
        guard call.values.count == 1 else { return nil }
        let runtime = call.runtime
        switch (call.name, call.labels) {
        case ("contains", [nil]):
            if case .function = call.values[0] { return nil }
            return .bool(set.contains(call.values[0]))
        case ("union", [nil]):
            return .set(try runtime.makeSet(set.elements + (try runtime.elements(of: call.values[0]))))
        case ("intersection", [nil]):
            let other = try runtime.makeSet(try runtime.elements(of: call.values[0]))
            return .set(OrderedSet(set.elements.filter(other.contains)))
        case ("subtracting", [nil]):
            let other = try runtime.makeSet(try runtime.elements(of: call.values[0]))
            return .set(OrderedSet(set.elements.filter { !other.contains($0) }))
        case ("symmetricDifference", [nil]):
            let other = try runtime.makeSet(try runtime.elements(of: call.values[0]))
            return .set(
                OrderedSet(set.elements.filter { !other.contains($0) } + other.elements.filter { !set.contains($0) }))
        case ("isSubset", ["of"]):
            let other = try runtime.makeSet(try runtime.elements(of: call.values[0]))
            return .bool(set.elements.allSatisfy(other.contains))
        case ("isSuperset", ["of"]):
            return .bool(try runtime.elements(of: call.values[0]).allSatisfy(set.contains))
        case ("isDisjoint", ["with"]):
            return .bool(!(try runtime.elements(of: call.values[0]).contains(where: set.contains)))
        default: return nil
        }
    }
}
