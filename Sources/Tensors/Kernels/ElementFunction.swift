/// An element-wise function of one value. Kernels take functions as types (not closures) so that each one is
/// specialised and inlined into its own loop, which the compiler can then vectorise; a closure would cost an
/// indirect call per element.
protocol UnaryElementFunction {
    associatedtype Input
    associatedtype Output
    func callAsFunction(_ x: Input) -> Output

    /// A wider-vector loop over contiguous runs, when CKernels has one for this function and element type.
    static var contiguousRun: UnaryRun? { get }
}

extension UnaryElementFunction {
    static var contiguousRun: UnaryRun? { nil }
}

/// An element-wise function of two values (see `UnaryElementFunction`).
protocol BinaryElementFunction {
    associatedtype Left
    associatedtype Right
    associatedtype Output
    func callAsFunction(_ a: Left, _ b: Right) -> Output

    /// A wider-vector loop over contiguous or scalar-broadcast runs, when CKernels has one for this function and
    /// element type.
    static var contiguousRun: BinaryRun? { get }
}

extension BinaryElementFunction {
    static var contiguousRun: BinaryRun? { nil }
}

/// A CKernels loop of one input: `(input, output, count)`, element types fixed by the function that offers it.
typealias UnaryRun = (UnsafeRawPointer, UnsafeMutableRawPointer, Int) -> Void

/// A CKernels loop of two inputs: `(a, aStep, b, bStep, output, count)` with steps 0 (a broadcast scalar) or 1.
typealias BinaryRun = (UnsafeRawPointer, Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer, Int) -> Void
