/// A plain Swift number used together with tensors (`t + 1`, `t / 255.0`). As with Python numbers in PyTorch, a
/// scalar only lifts the result's category (bool < integer < floating point); it never widens the dtype:
/// `uint8 tensor + 300` stays uint8 and `float32 tensor * 2.5` stays float32.
///
/// ```swift
/// let s: Scalar = 2.5
/// s.dtype   // .float32, PyTorch's default dtype for Python floats
/// ```
public enum Scalar: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral
{
    case bool(Bool)
    case int(Int)
    case double(Double)

    /// Creates an integer scalar.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// Creates a floating-point scalar.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// Creates a Boolean scalar.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// The dtype a tensor made from this scalar gets: `int64` for integers, `float32` for doubles.
    public var dtype: DType {
        switch self {
        case .bool: .bool
        case .int: .int64
        case .double: .float32
        }
    }

    /// The value as a double.
    public var doubleValue: Double {
        switch self {
        case .bool(let value): value ? 1 : 0
        case .int(let value): Double(value)
        case .double(let value): value
        }
    }
}

/// One input of an element-wise operation: a tensor or a wrapped Swift number.
///
/// ```swift
/// try Tensor.arithmetic(.add, .tensor(t), .scalar(1))   // t + 1
/// ```
public enum TensorOperand {
    /// A tensor operand.
    case tensor(Tensor)
    /// A Swift number operand.
    case scalar(Scalar)

    var shape: [Int] {
        if case .tensor(let tensor) = self { return tensor.shape }
        return []
    }

    var requiresGrad: Bool {
        if case .tensor(let tensor) = self { return tensor.requiresGrad }
        return false
    }

    var tensor: Tensor? {
        if case .tensor(let tensor) = self { return tensor }
        return nil
    }
}
