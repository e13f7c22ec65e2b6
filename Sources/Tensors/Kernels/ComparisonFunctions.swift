// The element functions behind the comparison kernels. Elements compare as doubles, which is exact for every
// dtype here except int64 values beyond 2^53.

struct ElementEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a == b }
}

struct ElementNotEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a != b }
}

struct ElementLess<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a.doubleValue < b.doubleValue }
}

struct ElementLessOrEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a.doubleValue <= b.doubleValue }
}

struct ElementGreater<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a.doubleValue > b.doubleValue }
}

struct ElementGreaterOrEqual<T: TensorScalar>: BinaryElementFunction {
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { a.doubleValue >= b.doubleValue }
}
