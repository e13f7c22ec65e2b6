/// The cell language's operators on values: numbers (an `Int` meeting a `Double` becomes a `Double`),
/// strings, arrays, comparisons, ranges, and library objects through their registered operators.
enum Operators {
    /// An operator as a function value: `reduce(0, +)`, `sorted(by: >)`; called with one operand it is the prefix
    /// operator of the same spelling (`map(-)`). The compiler parses the spelling into either form it has. Given
    /// one pair, a binary operator takes its two elements, as a closure does (`zip(a, b).map(*)`).
    static func function(_ binary: BinaryOperator?, _ prefix: PrefixOperator?, spelling: String) -> Function {
        Function(builtin: spelling) { arguments, runtime in
            switch (arguments.values.count, binary, prefix) {
            case (1, let binary?, _):
                if case .tuple(let pair) = arguments.values[0], pair.elements.count == 2 {
                    return try runtime.binary(binary, pair.elements[0], pair.elements[1])
                }
                guard let prefix else { break }
                return try runtime.prefix(prefix, arguments.values[0])
            case (1, _, let prefix?): return try runtime.prefix(prefix, arguments.values[0])
            case (2, let binary?, _): return try runtime.binary(binary, arguments.values[0], arguments.values[1])
            default: break
            }
            throw RuntimeError("operator '\(spelling)' cannot take \(arguments.values.count) operands")
        }
    }
}

extension Runtime {
    /// `lhs op rhs` for two evaluated operands.
    func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if let holds = op.comparing(a, b) { return .bool(holds) }
            if op == .halfOpenRange || op == .closedRange {
                return try makeRange(lhs, rhs, isClosed: op == .closedRange)
            }
            return .int(try Arithmetic.integer(op, a, b))
        case (.double(let a), .double(let b)): return try doubles(op, a, b)
        case (.int(let a), .double(let b)): return try doubles(op, Double(a), b)
        case (.double(let a), .int(let b)): return try doubles(op, a, Double(b))
        case (.native, _), (_, .native):
            return try nativeBinary(op, lhs, rhs)
        default:
            break
        }
        if let (left, right) = resolvingSymbols(lhs, rhs) { return try binary(op, left, right) }
        if hasDeclaredOperators(lhs) || hasDeclaredOperators(rhs),
            let result = try declaredBinary(op.spelling, lhs, rhs)
        {
            return result
        }
        switch op {
        case .equal: return .bool(try valuesEqual(lhs, rhs))
        case .notEqual: return .bool(!(try valuesEqual(lhs, rhs)))
        case .identical: return .bool(identical(lhs, rhs))
        case .notIdentical: return .bool(!identical(lhs, rhs))
        case .less: return .bool(try compare(lhs, rhs) < 0)
        case .greater: return .bool(try compare(lhs, rhs) > 0)
        case .lessOrEqual: return .bool(try compare(lhs, rhs) <= 0)
        case .greaterOrEqual: return .bool(try compare(lhs, rhs) >= 0)
        case .halfOpenRange, .closedRange: return try makeRange(lhs, rhs, isClosed: op == .closedRange)
        case .patternMatch: return .bool(try patternMatches(lhs, rhs))
        case .nilCoalescing:
            if case .optional(let wrapped) = lhs { return wrapped ?? rhs }
            return lhs
        default: break
        }
        if op == .add, let joined = try concatenation(lhs, rhs) { return joined }
        switch (op, lhs, rhs) {
        case (.bitwiseAnd, .bool(let a), .bool(let b)), (.logicalAnd, .bool(let a), .bool(let b)): return .bool(a && b)
        case (.bitwiseOr, .bool(let a), .bool(let b)), (.logicalOr, .bool(let a), .bool(let b)): return .bool(a || b)
        case (.bitwiseXor, .bool(let a), .bool(let b)): return .bool(a != b)
        default:
            throw cannotApply(op, lhs, rhs)
        }
    }

    private func doubles(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> Value {
        if let holds = op.comparing(a, b) { return .bool(holds) }
        if op == .halfOpenRange || op == .closedRange {
            return try makeRange(.double(a), .double(b), isClosed: op == .closedRange)
        }
        return .double(try Arithmetic.double(op, a, b))
    }

    /// The operator `op` registered for `object`'s class or one of its parents, if any.
    func registeredBinaryOperator(_ op: BinaryOperator, of object: AnyObject) -> ((Value, Value) throws -> Value)? {
        bindings.binding(for: object)?.lookup { $0.binaryOperators[op] }
    }

    private func nativeBinary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        // The left operand's type first, then the right one's (`2 * t` reaches the tensor's `*`).
        if case .native(let operand) = lhs, let function = registeredBinaryOperator(op, of: operand) {
            return try function(lhs, rhs)
        }
        if case .native(let operand) = rhs, let function = registeredBinaryOperator(op, of: operand) {
            return try function(lhs, rhs)
        }
        switch op {
        case .equal, .identical: return .bool(identical(lhs, rhs))
        case .notEqual, .notIdentical: return .bool(!identical(lhs, rhs))
        default:
            throw cannotApply(op, lhs, rhs)
        }
    }

    /// Swift's message for an operator without a meaning for these operands.
    private func cannotApply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> RuntimeError {
        RuntimeError(
            "binary operator '\(op.spelling)' cannot be applied to operands of type '\(lhs.typeName)' and "
                + "'\(rhs.typeName)'")
    }

    /// A range from its bounds, checking `lower <= upper` as Swift does.
    func makeRange(_ lower: Value, _ upper: Value, isClosed: Bool) throws -> Value {
        if try compare(lower, upper) > 0 {
            throw RuntimeError("Range requires lowerBound <= upperBound")
        }
        return .range(RangeValue(lower: lower, upper: upper, isClosed: isClosed))
    }

    /// `op operand` for prefix operators.
    func prefix(_ op: PrefixOperator, _ operand: Value) throws -> Value {
        switch (op, operand) {
        case (.negate, .int(let value)):
            let negated = (0).subtractingReportingOverflow(value)
            if negated.overflow {
                throw RuntimeError("arithmetic operation '0 - \(value)' (on type 'Int') results in an overflow")
            }
            return .int(negated.partialValue)
        case (.negate, .double(let value)): return .double(-value)
        case (.plus, .int), (.plus, .double): return operand
        case (.not, .bool(let value)): return .bool(!value)
        case (.bitwiseNot, .int(let value)): return .int(~value)
        case (.upTo, _): return .range(RangeValue(lower: nil, upper: operand, isClosed: false))
        case (.through, _): return .range(RangeValue(lower: nil, upper: operand, isClosed: true))
        case (_, .native(let object)):
            if let function = bindings.binding(for: object)?.lookup({ $0.prefixOperators[op] }) {
                return try function(object)
            }
        default: break
        }
        if hasDeclaredOperators(operand), let result = try declaredPrefix(op.spelling, operand) { return result }
        throw RuntimeError(
            "unary operator '\(op.spelling)' cannot be applied to an operand of type '\(operand.typeName)'")
    }

    /// Whether two values are the same reference (class instances, library objects, functions).
    func identical(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a === b
        case (.native(let a), .native(let b)): a === b
        case (.function(let a), .function(let b)): a === b
        case (.optional(nil), .optional(nil)): true
        case (.optional(let wrapped?), _): identical(wrapped, rhs)
        case (_, .optional(let wrapped?)): identical(lhs, wrapped)
        default: false
        }
    }
}

extension BinaryOperator {
    /// `a op b` for the six comparisons; `nil` for the other operators.
    fileprivate func comparing<T: Comparable>(_ a: T, _ b: T) -> Bool? {
        switch self {
        case .less: a < b
        case .greater: a > b
        case .lessOrEqual: a <= b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        default: nil
        }
    }
}
