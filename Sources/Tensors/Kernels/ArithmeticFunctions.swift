// The element functions behind the arithmetic kernels, one small type per operation and element kind.

import CKernels

/// The CKernels loop for `Float` elements, or `nil` for other element types.
@inline(__always)
private func floatRun<T>(
    _ type: T.Type,
    _ run:
        @escaping @convention(c) (
            UnsafePointer<Float>?, Int, UnsafePointer<Float>?, Int, UnsafeMutablePointer<Float>?, Int
        ) -> Void
) -> BinaryRun? {
    guard T.self == Float.self else { return nil }
    return { a, aStep, b, bStep, out, count in
        run(
            a.assumingMemoryBound(to: Float.self), aStep, b.assumingMemoryBound(to: Float.self), bStep,
            out.assumingMemoryBound(to: Float.self), count)
    }
}

struct FloatAdd<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a + b }
    static var contiguousRun: BinaryRun? { floatRun(T.self, lesson_f32_add) }
}

struct FloatSubtract<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a - b }
    static var contiguousRun: BinaryRun? { floatRun(T.self, lesson_f32_subtract) }
}

struct FloatMultiply<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a * b }
    static var contiguousRun: BinaryRun? { floatRun(T.self, lesson_f32_multiply) }
}

struct FloatDivide<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a / b }
    static var contiguousRun: BinaryRun? { floatRun(T.self, lesson_f32_divide) }
}

struct FloatPower<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { b == 2 ? a * a : T.pow(a, b) }
}

/// The larger value; NaN wins, as in `torch.maximum`.
struct FloatMaximum<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }
}

/// The smaller value; NaN wins, as in `torch.minimum`.
struct FloatMinimum<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }
}

/// Python's modulo: the result takes the divisor's sign.
struct FloatRemainder<T: FloatScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T {
        let r = a.truncatingRemainder(dividingBy: b)
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }
}

/// Integer sum, wrapping around on overflow as PyTorch's integer tensors do.
struct IntegerAdd<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a &+ b }
}

struct IntegerSubtract<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a &- b }
}

struct IntegerMultiply<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a &* b }
}

struct IntegerMaximum<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Swift.max(a, b) }
}

struct IntegerMinimum<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Swift.min(a, b) }
}

/// `a ** b` by repeated squaring, wrapping around on overflow; a negative `b` gives PyTorch's integer result
/// (1 / a ** -b truncated: 0 unless `a` is 1 or -1).
struct IntegerPower<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T {
        if b < 0 { return a == 1 ? 1 : a == 0 &- 1 ? (b & 1 == 0 ? 1 : a) : 0 }
        var result: T = 1
        var factor = a
        var remaining = b
        while remaining > 0 {
            if remaining & 1 == 1 { result = result &* factor }
            factor = factor &* factor
            remaining >>= 1
        }
        return result
    }
}

/// Python's modulo for integers; the divisor is never zero here (checked before).
struct IntegerRemainder<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T {
        if b == -1 { return 0 }  // `T.min % -1` would overflow
        let r = a % b
        return r != 0 && (r < 0) != (b < 0) ? r &+ b : r
    }
}

struct LogicalAnd: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { a && b }
}

struct LogicalOr: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { a || b }
}

struct LogicalXor: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { a != b }
}

struct BitwiseAnd<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a & b }
}

struct BitwiseOr<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a | b }
}

struct BitwiseXor<T: IntegerScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a ^ b }
}
