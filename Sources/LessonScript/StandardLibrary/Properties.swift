extension StandardLibrary {
    /// A property of a standard-library value (`count`, `first`, `keys`, `isNaN`...), or `nil` if it has none of
    /// that name.
    static func property(of value: Value, _ name: String, _ runtime: Runtime) throws -> Value? {
        switch name {
        case "description": return .string(try runtime.text(of: value, style: .print))
        case "debugDescription": return .string(try runtime.text(of: value, style: .debug))
        case "lazy":
            // A lazy view gives the same elements; the interpreter computes them at once.
            switch value {
            case .array, .set, .dictionary, .string: return value
            case .range: return .array(try runtime.elements(of: value))
            default: break
            }
        default: break
        }
        switch value {
        case .int(let integer): return intProperty(integer, name)
        case .double(let double): return doubleProperty(double, name)
        case .character(let character): return characterProperty(character, name)
        case .string(let string):
            switch name {
            case "count": return .int(string.count)
            case "isEmpty": return .bool(string.isEmpty)
            case "first": return .optional(string.first.map(Value.character))
            case "last": return .optional(string.last.map(Value.character))
            default: return nil
            }
        case .array(let elements):
            switch name {
            case "count": return .int(elements.count)
            case "isEmpty": return .bool(elements.isEmpty)
            case "first": return .optional(elements.first)
            case "last": return .optional(elements.last)
            case "indices": return .range(RangeValue(lower: .int(0), upper: .int(elements.count), isClosed: false))
            case "startIndex": return .int(0)
            case "endIndex": return .int(elements.count)
            default: return nil
            }
        case .dictionary(let dictionary):
            switch name {
            case "count": return .int(dictionary.count)
            case "isEmpty": return .bool(dictionary.count == 0)
            case "keys": return .array(dictionary.keys.elements)
            case "values": return .array(dictionary.values.elements)
            case "first": return .optional(try runtime.elements(of: value).first)
            default: return nil
            }
        case .set(let set):
            switch name {
            case "count": return .int(set.count)
            case "isEmpty": return .bool(set.count == 0)
            case "first": return .optional(set.elements.first)
            default: return nil
            }
        case .range(let range): return try rangeProperty(range, name, runtime)
        case .tuple, .bool, .void, .optional, .function, .structInstance, .object, .enumCase, .type, .symbol,
            .native:
            return nil
        }
    }

    private static func intProperty(_ integer: Int, _ name: String) -> Value? {
        switch name {
        case "magnitude": .int(Int(clamping: integer.magnitude))
        case "isZero": .bool(integer == 0)
        default: nil
        }
    }

    private static func doubleProperty(_ double: Double, _ name: String) -> Value? {
        switch name {
        case "isNaN": .bool(double.isNaN)
        case "isFinite": .bool(double.isFinite)
        case "isInfinite": .bool(double.isInfinite)
        case "isZero": .bool(double.isZero)
        case "magnitude": .double(double.magnitude)
        case "ulp": .double(double.ulp)
        default: nil
        }
    }

    private static func characterProperty(_ character: Character, _ name: String) -> Value? {
        switch name {
        case "isLetter": .bool(character.isLetter)
        case "isNumber": .bool(character.isNumber)
        case "isWholeNumber": .bool(character.isWholeNumber)
        case "isWhitespace": .bool(character.isWhitespace)
        case "isUppercase": .bool(character.isUppercase)
        case "isLowercase": .bool(character.isLowercase)
        case "isPunctuation": .bool(character.isPunctuation)
        case "asciiValue": .optional(character.asciiValue.map { .int(Int($0)) })
        case "wholeNumberValue": .optional(character.wholeNumberValue.map(Value.int))
        default: nil
        }
    }

    private static func rangeProperty(_ range: RangeValue, _ name: String, _ runtime: Runtime) throws -> Value? {
        switch name {
        case "lowerBound": return range.lower
        case "upperBound": return range.upper
        case "count", "isEmpty", "first", "last":
            guard range.hasIntBounds else { return nil }
            let values = range.intValues
            switch name {
            case "count": return .int(try range.intCount)
            case "isEmpty": return .bool(values == nil)
            case "first": return .optional(values.map { .int($0.lowerBound) })
            default: return .optional(values.map { .int($0.upperBound) })
            }
        default: return nil
        }
    }
}
