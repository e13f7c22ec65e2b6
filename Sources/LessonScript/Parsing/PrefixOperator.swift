/// A prefix operator of the cell language, parsed once from its token when a cell is compiled (see
/// ``BinaryOperator``); libraries register theirs by it: `tensor.prefixOperator(.negate)`.
///
/// ```swift
/// PrefixOperator(spelling: "~")   // .bitwiseNot
/// PrefixOperator.negate.spelling  // "-"
/// ```
public enum PrefixOperator: CaseIterable, Sendable {
    /// `-x`, `+x`.
    case negate, plus
    /// `!flag` (logical), `~bits` (bitwise, or logical on tensors of bool).
    case not, bitwiseNot
    /// The partial ranges `..<upper` and `...upper`.
    case upTo, through

    /// The operator as written in a cell.
    public var spelling: String {
        switch self {
        case .negate: "-"
        case .plus: "+"
        case .not: "!"
        case .bitwiseNot: "~"
        case .upTo: "..<"
        case .through: "..."
        }
    }

    /// The operator spelled `spelling` in a cell, if the language has it.
    public init?(spelling: String) {
        guard let found = Self.allCases.first(where: { $0.spelling == spelling }) else { return nil }
        self = found
    }
}
