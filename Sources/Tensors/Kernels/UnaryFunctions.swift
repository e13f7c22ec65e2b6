// The element functions behind the unary kernels, conversions and clamping.

import CKernels

struct Identity<T>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x }
}

/// Converts between element types as PyTorch casts, going through `Double` from floating-point sources.
struct CastFromFloat<Source: TensorScalar, Target: TensorScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: Source) -> Target { Target(castingFrom: x.doubleValue) }
}

/// Converts between element types as PyTorch casts, going through `Int64` from integer and bool sources.
struct CastFromInteger<Source: TensorScalar, Target: TensorScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: Source) -> Target { Target(castingFrom: x.int64Value) }
}

/// Converts narrow integers (bool, uint8, int32) to a floating-point type through `Int32`, which the compiler
/// turns into vector conversions (`stack(images).float()` converts millions of bytes).
struct CastNarrowIntegerToFloat<Source: TensorScalar, Target: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: Source) -> Target { Target(Int32(truncatingIfNeeded: x.int64Value)) }

    /// Bytes to `Float` (images to tensors) in CKernels.
    static var contiguousRun: UnaryRun? {
        guard Source.self == UInt8.self, Target.self == Float.self else { return nil }
        return { input, output, count in
            lesson_u8_to_f32(
                input.assumingMemoryBound(to: UInt8.self), output.assumingMemoryBound(to: Float.self), count)
        }
    }
}

struct FloatNegate<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { -x }
}

struct FloatAbsolute<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { Swift.abs(x) }

    static var contiguousRun: UnaryRun? {
        guard T.self == Float.self else { return nil }
        return { input, output, count in
            lesson_f32_absolute(
                input.assumingMemoryBound(to: Float.self), output.assumingMemoryBound(to: Float.self), count)
        }
    }
}

struct FloatSquareRoot<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x.squareRoot() }
}

struct FloatExp<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { T.exp(x) }
}

struct FloatLog<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { T.log(x) }
}

struct FloatSigmoid<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { 1 / (1 + T.exp(-x)) }
}

/// max(x, 0), letting NaN through as PyTorch does.
struct FloatRelu<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x > 0 || x.isNaN ? x : 0 }
}

/// ReLU's gradient as PyTorch's `threshold_backward` computes it: the incoming gradient `g` where the result `y` is
/// above zero (or NaN), zero elsewhere, whatever `g` holds there.
struct FloatReluGradient<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ g: T, _ y: T) -> T { y <= 0 ? 0 : g }
}

struct FloatTanh<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { T.tanh(x) }
}

/// Rounds with the given rule: down (`floor`), up (`ceil`) or half to even (`round`).
struct FloatRound<T: FloatScalar>: UnaryElementFunction {
    let rule: FloatingPointRoundingRule
    @inline(__always) func callAsFunction(_ x: T) -> T { x.rounded(rule) }
}

struct FloatSign<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x > 0 ? 1 : x < 0 ? -1 : x }
}

/// 1 / x: infinity (with x's sign) at zero.
struct FloatReciprocal<T: FloatScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { 1 / x }
}

struct IntegerNegate<T: IntegerScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { 0 &- x }
}

struct IntegerAbsolute<T: IntegerScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x < 0 ? 0 &- x : x }
}

struct IntegerRelu<T: IntegerScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x > 0 ? x : 0 }
}

struct IntegerSign<T: IntegerScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { x > 0 ? 1 : x < 0 ? 0 &- 1 : 0 }
}

struct IntegerBitwiseNot<T: IntegerScalar>: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: T) -> T { ~x }
}

struct LogicalNot: UnaryElementFunction {
    @inline(__always) func callAsFunction(_ x: Bool) -> Bool { !x }
}

/// min(max(x, low), high) with optional bounds (so low > high gives high, as in PyTorch); NaN stays NaN.
struct Clamp<T: TensorScalar>: UnaryElementFunction {
    let low: T?
    let high: T?
    @inline(__always) func callAsFunction(_ x: T) -> T {
        let value = x.doubleValue
        if value.isNaN { return x }
        var result = x
        if let low, value < low.doubleValue { result = low }
        if let high, result.doubleValue > high.doubleValue { result = high }
        return result
    }
}
