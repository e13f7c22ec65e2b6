/// A binary operator of the cell language, parsed once from its token when a cell is compiled. The interpreter,
/// its fast paths and the libraries' registrations (`tensor.binaryOperator(.add)`) all take this type, so no
/// operator is looked up by its spelling while a cell runs, and a spelling the language lacks (`&+`) is an error
/// before the cell runs.
///
/// ```swift
/// BinaryOperator(spelling: "**")           // .power
/// BinaryOperator.power.spelling            // "**"
/// BinaryOperator(compoundAssignment: "-=") // .subtract: `a -= b` applies `-`
/// BinaryOperator(spelling: "&+")           // nil
/// ```
public enum BinaryOperator: CaseIterable, Sendable {
    /// `+ - * / % **`.
    case add, subtract, multiply, divide, remainder, power
    /// `& | ^` (bitwise on integers, logical on `Bool`s) and `<< >>`.
    case bitwiseAnd, bitwiseOr, bitwiseXor, shiftLeft, shiftRight
    /// `== != < <= > >=`.
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    /// `=== !==` (the same reference), `~=` (pattern match), `..< ...` (ranges).
    case identical, notIdentical, patternMatch, halfOpenRange, closedRange
    /// `&& || ??`: the compiler evaluates their right operand only when needed; as function values
    /// (`reduce(true, &&)`) they take two evaluated operands.
    case logicalAnd, logicalOr, nilCoalescing

    /// The operator as written in a cell.
    public var spelling: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .remainder: "%"
        case .power: "**"
        case .bitwiseAnd: "&"
        case .bitwiseOr: "|"
        case .bitwiseXor: "^"
        case .shiftLeft: "<<"
        case .shiftRight: ">>"
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .identical: "==="
        case .notIdentical: "!=="
        case .patternMatch: "~="
        case .halfOpenRange: "..<"
        case .closedRange: "..."
        case .logicalAnd: "&&"
        case .logicalOr: "||"
        case .nilCoalescing: "??"
        }
    }

    /// Whether `a op= b` exists for this operator (Swift's `+= -= *= /= %= &= |= ^= <<= >>=`, and `**=`).
    public var hasCompoundAssignment: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .remainder, .power, .bitwiseAnd, .bitwiseOr, .bitwiseXor,
            .shiftLeft, .shiftRight:
            true
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .identical, .notIdentical,
            .patternMatch, .halfOpenRange, .closedRange, .logicalAnd, .logicalOr, .nilCoalescing:
            false
        }
    }

    /// The operator spelled `spelling` in a cell, if the language has it.
    public init?(spelling: String) {
        guard let found = Self.allCases.first(where: { $0.spelling == spelling }) else { return nil }
        self = found
    }

    /// The operator that the compound assignment `spelling` applies: `.add` for `"+="`.
    public init?(compoundAssignment spelling: String) {
        guard spelling.hasSuffix("="), let found = Self(spelling: String(spelling.dropLast())),
            found.hasCompoundAssignment
        else { return nil }
        self = found
    }
}
