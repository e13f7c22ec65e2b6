/// A binary operator on two `Int`s or two `Double`s, chosen once when a cell is compiled so that running it
/// needs no lookup by name: the loops of a lesson spend most of their time on `i + 1`, `x < n`, `total += x`.
/// Anything else (mixed operands, overflow, tensors) goes to ``Runtime/binary(_:_:_:)``, which also gives the
/// errors their messages.
///
/// ```swift
/// let add = NumericOperator(.add)!
/// try add.apply(.int(2), .int(3))       // .int(5)
/// try add.apply(.int(2), .double(0.5))  // nil: the general path handles it
/// ```
enum NumericOperator {
    case add, subtract, multiply, divide
    case less, greater, lessOrEqual, greaterOrEqual, equal, notEqual

    /// The fast path of `op`, if it has one.
    init?(_ op: BinaryOperator) {
        switch op {
        case .add: self = .add
        case .subtract: self = .subtract
        case .multiply: self = .multiply
        case .divide: self = .divide
        case .less: self = .less
        case .greater: self = .greater
        case .lessOrEqual: self = .lessOrEqual
        case .greaterOrEqual: self = .greaterOrEqual
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        default: return nil
        }
    }

    /// `lhs op rhs` when both are `Int` or both `Double` and the result needs no error; otherwise `nil`.
    @inline(__always)
    func apply(_ lhs: Value, _ rhs: Value) -> Value? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return integers(a, b)
        case (.double(let a), .double(let b)): return doubles(a, b)
        default: return nil
        }
    }

    @inline(__always)
    private func integers(_ a: Int, _ b: Int) -> Value? {
        let result: (partialValue: Int, overflow: Bool)
        switch self {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .divide:
            guard b != 0 else { return nil }
            result = a.dividedReportingOverflow(by: b)
        case .less: return .bool(a < b)
        case .greater: return .bool(a > b)
        case .lessOrEqual: return .bool(a <= b)
        case .greaterOrEqual: return .bool(a >= b)
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        }
        return result.overflow ? nil : .int(result.partialValue)
    }

    @inline(__always)
    private func doubles(_ a: Double, _ b: Double) -> Value {
        switch self {
        case .add: .double(a + b)
        case .subtract: .double(a - b)
        case .multiply: .double(a * b)
        case .divide: .double(a / b)
        case .less: .bool(a < b)
        case .greater: .bool(a > b)
        case .lessOrEqual: .bool(a <= b)
        case .greaterOrEqual: .bool(a >= b)
        case .equal: .bool(a == b)
        case .notEqual: .bool(a != b)
        }
    }
}
