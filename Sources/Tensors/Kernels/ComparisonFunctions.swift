// The element functions behind the comparison kernels. Floats compare as doubles, integers and bools as 64-bit
// integers (exact also for int64 values beyond 2^53).

/// `a < b` for elements of one dtype; the dtype test folds away once `T` is known.
@inline(__always)
private func isLess<T: TensorScalar>(_ a: T, _ b: T) -> Bool {
    T.dtype.isFloatingPoint ? a.doubleValue < b.doubleValue : a.int64Value < b.int64Value
}

/// `a <= b` for elements of one dtype (false when either is NaN).
@inline(__always)
private func isLessOrEqual<T: TensorScalar>(_ a: T, _ b: T) -> Bool {
    T.dtype.isFloatingPoint ? a.doubleValue <= b.doubleValue : a.int64Value <= b.int64Value
}

struct ElementEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a == b }
}

struct ElementNotEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a != b }
}

struct ElementLess<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { isLess(a, b) }
}

struct ElementLessOrEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { isLessOrEqual(a, b) }
}

struct ElementGreater<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { isLess(b, a) }
}

struct ElementGreaterOrEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { isLessOrEqual(b, a) }
}
