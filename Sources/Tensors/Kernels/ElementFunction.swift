/// An element-wise function of one value. Kernels take functions as types (not closures) so that each one is
/// specialised and inlined into its own loop, which the compiler can then vectorise; a closure would cost an
/// indirect call per element.
protocol UnaryElementFunction {
    associatedtype Input
    associatedtype Output
    func callAsFunction(_ x: Input) -> Output
}

/// An element-wise function of two values (see `UnaryElementFunction`).
protocol BinaryElementFunction {
    associatedtype Left
    associatedtype Right
    associatedtype Output
    func callAsFunction(_ a: Left, _ b: Right) -> Output
}
