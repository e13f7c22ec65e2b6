/// The cell language's operators on values: numbers (an `Int` meeting a `Double` becomes a `Double`),
/// strings, arrays, comparisons, ranges, and library objects through their registered operators.
enum Operators {
    /// Operators as function values: `reduce(0, +)`, `sorted(by: >)`.
    static func function(named name: String) -> Function {
        Function(builtin: name) { arguments, runtime in
            switch arguments.values.count {
            case 1: return try runtime.prefix(name, arguments.values[0])
            case 2: return try runtime.binary(name, arguments.values[0], arguments.values[1])
            default: throw RuntimeError("operator '\(name)' takes one or two operands")
            }
        }
    }
}

extension Runtime {
    /// `lhs name rhs` for the non-short-circuiting binary operators.
    func binary(_ name: String, _ lhs: Value, _ rhs: Value) throws -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            switch name {
            case "<": return .bool(a < b)
            case ">": return .bool(a > b)
            case "<=": return .bool(a <= b)
            case ">=": return .bool(a >= b)
            case "==": return .bool(a == b)
            case "!=": return .bool(a != b)
            case "..<", "...": return try makeRange(lhs, rhs, isClosed: name == "...")
            default: return .int(try Arithmetic.integer(name, a, b))
            }
        case (.double(let a), .double(let b)): return try doubles(name, a, b)
        case (.int(let a), .double(let b)): return try doubles(name, Double(a), b)
        case (.double(let a), .int(let b)): return try doubles(name, a, Double(b))
        case (.native, _), (_, .native):
            return try nativeBinary(name, lhs, rhs)
        default:
            break
        }
        switch name {
        case "==": return .bool(try valuesEqual(lhs, rhs))
        case "!=": return .bool(!(try valuesEqual(lhs, rhs)))
        case "===": return .bool(identical(lhs, rhs))
        case "!==": return .bool(!identical(lhs, rhs))
        case "<": return .bool(try compare(lhs, rhs) < 0)
        case ">": return .bool(try compare(lhs, rhs) > 0)
        case "<=": return .bool(try compare(lhs, rhs) <= 0)
        case ">=": return .bool(try compare(lhs, rhs) >= 0)
        case "..<", "...": return try makeRange(lhs, rhs, isClosed: name == "...")
        case "~=": return .bool(try patternMatches(lhs, rhs))
        default: break
        }
        if name == "+", let joined = try concatenation(lhs, rhs) { return joined }
        switch (name, lhs, rhs) {
        case ("&", .bool(let a), .bool(let b)): return .bool(a && b)
        case ("|", .bool(let a), .bool(let b)): return .bool(a || b)
        case ("^", .bool(let a), .bool(let b)): return .bool(a != b)
        default:
            throw RuntimeError(
                "binary operator '\(name)' cannot be applied to operands of type '\(lhs.typeName)' and '\(rhs.typeName)'"
            )
        }
    }

    private func doubles(_ name: String, _ a: Double, _ b: Double) throws -> Value {
        switch name {
        case "<": .bool(a < b)
        case ">": .bool(a > b)
        case "<=": .bool(a <= b)
        case ">=": .bool(a >= b)
        case "==": .bool(a == b)
        case "!=": .bool(a != b)
        case "..<", "...": try makeRange(.double(a), .double(b), isClosed: name == "...")
        default: .double(try Arithmetic.double(name, a, b))
        }
    }

    /// The operator `name` registered for `object`'s class or one of its parents, if any.
    func registeredBinaryOperator(_ name: String, of object: AnyObject) -> ((Value, Value) throws -> Value)? {
        bindings.binding(for: object)?.lookup { $0.binaryOperators[name] }
    }

    private func nativeBinary(_ name: String, _ lhs: Value, _ rhs: Value) throws -> Value {
        // The left operand's type first, then the right one's (`2 * t` reaches the tensor's `*`).
        if case .native(let operand) = lhs, let function = registeredBinaryOperator(name, of: operand) {
            return try function(lhs, rhs)
        }
        if case .native(let operand) = rhs, let function = registeredBinaryOperator(name, of: operand) {
            return try function(lhs, rhs)
        }
        switch name {
        case "==", "===": return .bool(identical(lhs, rhs))
        case "!=", "!==": return .bool(!identical(lhs, rhs))
        default:
            throw RuntimeError(
                "binary operator '\(name)' cannot be applied to operands of type '\(lhs.typeName)' and '\(rhs.typeName)'"
            )
        }
    }

    /// A range from its bounds, checking `lower <= upper` as Swift does.
    func makeRange(_ lower: Value, _ upper: Value, isClosed: Bool) throws -> Value {
        if try compare(lower, upper) > 0 {
            throw RuntimeError("Range requires lowerBound <= upperBound")
        }
        return .range(RangeValue(lower: lower, upper: upper, isClosed: isClosed))
    }

    /// `name operand` for prefix operators.
    func prefix(_ name: String, _ operand: Value) throws -> Value {
        switch (name, operand) {
        case ("-", .int(let value)):
            let negated = (0).subtractingReportingOverflow(value)
            if negated.overflow {
                throw RuntimeError("arithmetic operation '0 - \(value)' (on type 'Int') results in an overflow")
            }
            return .int(negated.partialValue)
        case ("-", .double(let value)): return .double(-value)
        case ("+", .int), ("+", .double): return operand
        case ("!", .bool(let value)): return .bool(!value)
        case ("~", .int(let value)): return .int(~value)
        case ("..<", _): return .range(RangeValue(lower: nil, upper: operand, isClosed: false))
        case ("...", _): return .range(RangeValue(lower: nil, upper: operand, isClosed: true))
        case (_, .native(let object)):
            if let function = bindings.binding(for: object)?.lookup({ $0.prefixOperators[name] }) {
                return try function(object)
            }
        default: break
        }
        throw RuntimeError("unary operator '\(name)' cannot be applied to an operand of type '\(operand.typeName)'")
    }

    /// Whether two values are the same reference (class instances, library objects, functions).
    func identical(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a === b
        case (.native(let a), .native(let b)): a === b
        case (.function(let a), .function(let b)): a === b
        case (.optional(nil), .optional(nil)): true
        default: false
        }
    }
}
