import Foundation

/// A Swift type that can be the element of a tensor: `Bool`, `UInt8`, `Int32`, `Int64`, `Float`, `Double`.
///
/// ```swift
/// Float.dtype            // .float32
/// Int64(castingFrom: 3.9)  // 3, truncated as PyTorch's `.long()` does
/// ```
public protocol TensorScalar: Sendable, Equatable {
    /// The tensor dtype that stores this type.
    static var dtype: DType { get }
    /// The zero value.
    static var zeroValue: Self { get }
    /// The one value (`true` for `Bool`).
    static var oneValue: Self { get }
    /// Converts from a double the way PyTorch casts (truncation toward zero for integers, wrap-around for narrow
    /// integer types, `!= 0` for `Bool`).
    init(castingFrom value: Double)
    /// Converts from a 64-bit integer the way PyTorch casts (wrap-around for narrow types, `!= 0` for `Bool`).
    init(castingFrom value: Int64)
    /// The value as a double.
    var doubleValue: Double { get }
    /// The value as a 64-bit integer (floating-point values truncate).
    var int64Value: Int64 { get }
}

/// A tensor element with arithmetic: every `TensorScalar` but `Bool`.
public protocol NumericScalar: TensorScalar, Numeric, Comparable {}

/// A floating-point tensor element with the elementary functions the kernels need.
public protocol FloatScalar: NumericScalar, BinaryFloatingPoint, SIMDScalar, Codable {
    /// e raised to `x`.
    static func exp(_ x: Self) -> Self
    /// The natural logarithm of `x`.
    static func log(_ x: Self) -> Self
    /// The hyperbolic tangent of `x`.
    static func tanh(_ x: Self) -> Self
    /// `x` raised to `y`.
    static func pow(_ x: Self, _ y: Self) -> Self
}

/// An integer tensor element; arithmetic on tensors wraps around as it does in PyTorch.
public protocol IntegerScalar: NumericScalar, FixedWidthInteger {}

/// Converts a double to an integer of type `I` as C++ (and so PyTorch) does on x86-64 in practice:
/// truncate toward zero, then keep the low bits. NaN and out-of-range values give the same results as the
/// hardware conversion to a 64-bit integer would (`Int64.min`).
@inline(__always)
private func truncatedInteger<I: FixedWidthInteger>(_ value: Double, as: I.Type) -> I {
    let wide: Int64
    if value.isNaN || value >= 9.223_372_036_854_775_807e18 || value < -9.223_372_036_854_775_808e18 {
        wide = Int64.min
    } else {
        wide = Int64(value.rounded(.towardZero))
    }
    return I(truncatingIfNeeded: wide)
}

extension Bool: TensorScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .bool }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: Bool { false }
    /// One (`true` for `Bool`).
    public static var oneValue: Bool { true }
    /// Casts a double the way PyTorch does.
    @inline(__always) public init(castingFrom value: Double) { self = value != 0 }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = value != 0 }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { self ? 1 : 0 }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { self ? 1 : 0 }
}

extension UInt8: IntegerScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .uint8 }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: UInt8 { 0 }
    /// One (`true` for `Bool`).
    public static var oneValue: UInt8 { 1 }
    /// Casts a double the way PyTorch does.
    @inline(__always) public init(castingFrom value: Double) { self = truncatedInteger(value, as: UInt8.self) }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = UInt8(truncatingIfNeeded: value) }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { Double(self) }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { Int64(self) }
}

extension Int32: IntegerScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .int32 }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: Int32 { 0 }
    /// One (`true` for `Bool`).
    public static var oneValue: Int32 { 1 }
    /// Out of range (and NaN) gives `Int32.min`, as the hardware's 32-bit conversion that PyTorch uses does.
    @inline(__always) public init(castingFrom value: Double) {
        let wide = truncatedInteger(value, as: Int64.self)
        self = wide >= Int64(Int32.min) && wide <= Int64(Int32.max) ? Int32(wide) : Int32.min
    }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = Int32(truncatingIfNeeded: value) }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { Double(self) }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { Int64(self) }
}

extension Int64: IntegerScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .int64 }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: Int64 { 0 }
    /// One (`true` for `Bool`).
    public static var oneValue: Int64 { 1 }
    /// Casts a double the way PyTorch does.
    @inline(__always) public init(castingFrom value: Double) { self = truncatedInteger(value, as: Int64.self) }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = value }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { Double(self) }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { self }
}

extension Float: FloatScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .float32 }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: Float { 0 }
    /// One (`true` for `Bool`).
    public static var oneValue: Float { 1 }
    /// Casts a double the way PyTorch does.
    @inline(__always) public init(castingFrom value: Double) { self = Float(value) }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = Float(value) }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { Double(self) }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { truncatedInteger(Double(self), as: Int64.self) }
    /// e raised to `x`.
    @inline(__always) public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
    /// The natural logarithm of `x`.
    @inline(__always) public static func log(_ x: Float) -> Float { Foundation.log(x) }
    /// The hyperbolic tangent of `x`.
    @inline(__always) public static func tanh(_ x: Float) -> Float { Foundation.tanh(x) }
    /// `x` raised to `y`.
    @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
}

extension Double: FloatScalar {
    /// The dtype that stores this type.
    public static var dtype: DType { .float64 }
    /// Zero (`false` for `Bool`).
    public static var zeroValue: Double { 0 }
    /// One (`true` for `Bool`).
    public static var oneValue: Double { 1 }
    /// Casts a double the way PyTorch does.
    @inline(__always) public init(castingFrom value: Double) { self = value }
    /// Casts a 64-bit integer the way PyTorch does.
    @inline(__always) public init(castingFrom value: Int64) { self = Double(value) }
    /// The value as a double.
    @inline(__always) public var doubleValue: Double { self }
    /// The value as a 64-bit integer (floating-point values truncate).
    @inline(__always) public var int64Value: Int64 { truncatedInteger(self, as: Int64.self) }
    /// e raised to `x`.
    @inline(__always) public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    /// The natural logarithm of `x`.
    @inline(__always) public static func log(_ x: Double) -> Double { Foundation.log(x) }
    /// The hyperbolic tangent of `x`.
    @inline(__always) public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
    /// `x` raised to `y`.
    @inline(__always) public static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
}
