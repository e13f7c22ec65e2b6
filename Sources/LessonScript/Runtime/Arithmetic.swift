import Foundation

/// Checked arithmetic on the cell's numbers: overflow and division by zero are errors with Swift's messages,
/// never traps.
enum Arithmetic {
    /// `a op b` on `Int`s, for `+ - * / % **` and the bitwise operators.
    static func integer(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Int {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .divide:
            if b == 0 { throw RuntimeError("Division by zero") }
            result = a.dividedReportingOverflow(by: b)
            if result.overflow { throw RuntimeError("Division results in an overflow") }
        case .remainder:
            if b == 0 { throw RuntimeError("Division by zero in remainder operation") }
            result = a.remainderReportingOverflow(dividingBy: b)
            if result.overflow { throw RuntimeError("Division results in an overflow in remainder operation") }
        case .power: return try power(a, b)
        case .bitwiseAnd: return a & b
        case .bitwiseOr: return a | b
        case .bitwiseXor: return a ^ b
        case .shiftLeft: return b >= 64 || b <= -64 ? (b > 0 || a >= 0 ? 0 : -1) : (b >= 0 ? a << b : a >> -b)
        case .shiftRight: return b >= 64 || b <= -64 ? (b < 0 || a >= 0 ? 0 : -1) : (b >= 0 ? a >> b : a << -b)
        default: throw RuntimeError("binary operator '\(op.spelling)' cannot be applied to two 'Int' operands")
        }
        if result.overflow {
            throw RuntimeError(
                "arithmetic operation '\(a) \(op.spelling) \(b)' (on type 'Int') results in an overflow")
        }
        return result.partialValue
    }

    /// `base ** exponent` for integers, by repeated squaring with overflow checks.
    static func power(_ base: Int, _ exponent: Int) throws -> Int {
        guard exponent >= 0 else {
            throw RuntimeError("negative exponent in integer power '\(base) ** \(exponent)'; use a Double")
        }
        var result = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 {
                let product = result.multipliedReportingOverflow(by: factor)
                if product.overflow { throw powerOverflow(base, exponent) }
                result = product.partialValue
            }
            remaining >>= 1
            if remaining > 0 {
                let square = factor.multipliedReportingOverflow(by: factor)
                if square.overflow { throw powerOverflow(base, exponent) }
                factor = square.partialValue
            }
        }
        return result
    }

    private static func powerOverflow(_ base: Int, _ exponent: Int) -> RuntimeError {
        RuntimeError("arithmetic operation '\(base) ** \(exponent)' (on type 'Int') results in an overflow")
    }

    /// `a op b` on `Double`s.
    static func double(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> Double {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return pow(a, b)
        case .remainder:
            throw RuntimeError(
                "'%' is unavailable: For floating point numbers use truncatingRemainder instead")
        default: throw RuntimeError("binary operator '\(op.spelling)' cannot be applied to two 'Double' operands")
        }
    }

    /// Converts a `Double` to `Int` as `Int(x)` does, with Swift's messages for values that do not fit.
    static func truncate(_ value: Double) throws -> Int {
        guard value.isFinite else {
            throw RuntimeError("Double value cannot be converted to Int because it is either infinite or NaN")
        }
        guard value >= -9_223_372_036_854_775_808.0 else {
            throw RuntimeError("Double value cannot be converted to Int because the result would be less than Int.min")
        }
        guard value < 9_223_372_036_854_775_808.0 else {
            throw RuntimeError(
                "Double value cannot be converted to Int because the result would be greater than Int.max")
        }
        return Int(value)
    }
}
