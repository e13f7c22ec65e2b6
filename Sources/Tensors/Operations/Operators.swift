/// Raises to a power: `2 ** 3` (`torch.pow`, Python's `**`). Right-associative, binding tighter than `*`.
infix operator ** : PowerPrecedence
/// In-place power.
infix operator **= : AssignmentPrecedence

/// The precedence of `**`: above multiplication, right-associative (`2 ** 3 ** 2 == 2 ** 9`).
precedencegroup PowerPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}

/// A Swift number that can stand beside a tensor in an operator: `t * 2`, `1 - t`, `t / 255.0`.
public protocol ScalarConvertible {
    /// The number as a tensor scalar.
    var scalar: Scalar { get }
}

extension Int: ScalarConvertible {
    /// The number as a tensor scalar.
    public var scalar: Scalar { .int(self) }
}

extension Double: ScalarConvertible {
    /// The number as a tensor scalar.
    public var scalar: Scalar { .double(self) }
}

extension Bool: ScalarConvertible {
    /// The Boolean as a tensor scalar.
    public var scalar: Scalar { .bool(self) }
}

extension Tensor {
    // MARK: Arithmetic

    /// Element-wise sum with broadcasting (`AddBackward0`).
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.add, .tensor(a), .tensor(b)) }
    /// Adds a number to every element.
    public static func + <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.add, .tensor(a), .scalar(b.scalar))
    }
    /// Adds a number to every element.
    public static func + <S: ScalarConvertible>(a: S, b: Tensor) throws -> Tensor {
        try arithmetic(.add, .scalar(a.scalar), .tensor(b))
    }

    /// Element-wise difference with broadcasting (`SubBackward0`).
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.subtract, .tensor(a), .tensor(b)) }
    /// Subtracts a number from every element.
    public static func - <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.subtract, .tensor(a), .scalar(b.scalar))
    }
    /// Subtracts every element from a number (`RsubBackward1`).
    public static func - <S: ScalarConvertible>(a: S, b: Tensor) throws -> Tensor {
        try arithmetic(.subtract, .scalar(a.scalar), .tensor(b))
    }

    /// Element-wise product with broadcasting (`MulBackward0`).
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.multiply, .tensor(a), .tensor(b)) }
    /// Multiplies every element by a number.
    public static func * <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.multiply, .tensor(a), .scalar(b.scalar))
    }
    /// Multiplies every element by a number.
    public static func * <S: ScalarConvertible>(a: S, b: Tensor) throws -> Tensor {
        try arithmetic(.multiply, .scalar(a.scalar), .tensor(b))
    }

    /// Element-wise true division (integers give float32), with broadcasting (`DivBackward0`).
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.divide, .tensor(a), .tensor(b)) }
    /// Divides every element by a number: `stack(threes).float() / 255`.
    public static func / <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.divide, .tensor(a), .scalar(b.scalar))
    }
    /// Divides a number by every element.
    public static func / <S: ScalarConvertible>(a: S, b: Tensor) throws -> Tensor {
        try arithmetic(.divide, .scalar(a.scalar), .tensor(b))
    }

    /// Element-wise remainder with the divisor's sign, as Python's `%` (`torch.remainder`).
    public static func % (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.remainder, .tensor(a), .tensor(b)) }
    /// Element-wise remainder by a number.
    public static func % <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.remainder, .tensor(a), .scalar(b.scalar))
    }

    /// Element-wise power with broadcasting (`PowBackward1`).
    public static func ** (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.power, .tensor(a), .tensor(b)) }
    /// Raises every element to a number: `(a - b) ** 2` (`PowBackward0`).
    public static func ** <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try arithmetic(.power, .tensor(a), .scalar(b.scalar))
    }
    /// Raises a number to every element (`PowBackward2`).
    public static func ** <S: ScalarConvertible>(a: S, b: Tensor) throws -> Tensor {
        try arithmetic(.power, .scalar(a.scalar), .tensor(b))
    }

    /// Element-wise negation (`NegBackward0`).
    public static prefix func - (a: Tensor) throws -> Tensor { try a.neg() }

    // MARK: Comparisons (bool tensors)

    /// Element-wise `==`, a bool tensor: `(preds > 0.5) == yb`.
    public static func == (a: Tensor, b: Tensor) throws -> Tensor { try compare(.equal, .tensor(a), .tensor(b)) }
    /// Element-wise `==` against a number.
    public static func == <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.equal, .tensor(a), .scalar(b.scalar))
    }
    /// Element-wise `!=`.
    public static func != (a: Tensor, b: Tensor) throws -> Tensor { try compare(.notEqual, .tensor(a), .tensor(b)) }
    /// Element-wise `!=` against a number.
    public static func != <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.notEqual, .tensor(a), .scalar(b.scalar))
    }
    /// Element-wise `<`.
    public static func < (a: Tensor, b: Tensor) throws -> Tensor { try compare(.less, .tensor(a), .tensor(b)) }
    /// Element-wise `<` against a number.
    public static func < <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.less, .tensor(a), .scalar(b.scalar))
    }
    /// Element-wise `<=`.
    public static func <= (a: Tensor, b: Tensor) throws -> Tensor {
        try compare(.lessOrEqual, .tensor(a), .tensor(b))
    }
    /// Element-wise `<=` against a number.
    public static func <= <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.lessOrEqual, .tensor(a), .scalar(b.scalar))
    }
    /// Element-wise `>`.
    public static func > (a: Tensor, b: Tensor) throws -> Tensor { try compare(.greater, .tensor(a), .tensor(b)) }
    /// Element-wise `>` against a number: `preds > 0.5`.
    public static func > <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.greater, .tensor(a), .scalar(b.scalar))
    }
    /// Element-wise `>=`.
    public static func >= (a: Tensor, b: Tensor) throws -> Tensor {
        try compare(.greaterOrEqual, .tensor(a), .tensor(b))
    }
    /// Element-wise `>=` against a number.
    public static func >= <S: ScalarConvertible>(a: Tensor, b: S) throws -> Tensor {
        try compare(.greaterOrEqual, .tensor(a), .scalar(b.scalar))
    }

    // MARK: Logical and bitwise

    /// Element-wise logical and (bool) or bitwise and (integers).
    public static func & (a: Tensor, b: Tensor) throws -> Tensor { try bitwise(.and, .tensor(a), .tensor(b)) }
    /// Element-wise logical or (bool) or bitwise or (integers).
    public static func | (a: Tensor, b: Tensor) throws -> Tensor { try bitwise(.or, .tensor(a), .tensor(b)) }
    /// Element-wise logical xor (bool) or bitwise xor (integers).
    public static func ^ (a: Tensor, b: Tensor) throws -> Tensor { try bitwise(.xor, .tensor(a), .tensor(b)) }
    /// Element-wise logical not (bool) or bitwise not (integers): `~mask`.
    public static prefix func ~ (a: Tensor) throws -> Tensor { try a.bitwiseNot() }

    // MARK: In place

    /// Adds in place: `a += b` (`add_`).
    public static func += (a: Tensor, b: Tensor) throws { try a.updateInPlace(.add, .tensor(b)) }
    /// Adds a number in place.
    public static func += <S: ScalarConvertible>(a: Tensor, b: S) throws {
        try a.updateInPlace(.add, .scalar(b.scalar))
    }
    /// Subtracts in place: `p.data -= lr * p.grad!` (`sub_`).
    public static func -= (a: Tensor, b: Tensor) throws { try a.updateInPlace(.subtract, .tensor(b)) }
    /// Subtracts a number in place.
    public static func -= <S: ScalarConvertible>(a: Tensor, b: S) throws {
        try a.updateInPlace(.subtract, .scalar(b.scalar))
    }
    /// Multiplies in place (`mul_`).
    public static func *= (a: Tensor, b: Tensor) throws { try a.updateInPlace(.multiply, .tensor(b)) }
    /// Multiplies by a number in place.
    public static func *= <S: ScalarConvertible>(a: Tensor, b: S) throws {
        try a.updateInPlace(.multiply, .scalar(b.scalar))
    }
    /// Divides in place (`div_`).
    public static func /= (a: Tensor, b: Tensor) throws { try a.updateInPlace(.divide, .tensor(b)) }
    /// Divides by a number in place.
    public static func /= <S: ScalarConvertible>(a: Tensor, b: S) throws {
        try a.updateInPlace(.divide, .scalar(b.scalar))
    }
    /// Raises to a power in place (`pow_`).
    public static func **= <S: ScalarConvertible>(a: Tensor, b: S) throws {
        try a.updateInPlace(.power, .scalar(b.scalar))
    }
}
