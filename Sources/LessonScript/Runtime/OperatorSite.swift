/// One binary operator in a cell's source, remembering which library function it reached last time.
///
/// A loop applies the same operator to the same kind of object over and over (`x = x + y` on tensors), so the
/// lookup by class and operator runs when the left operand's class changes, not on every iteration.
/// Everything else goes to ``Runtime/binary(_:_:_:)`` unchanged.
///
/// ```swift
/// let site = OperatorSite(.add)
/// try site.apply(.native(a), .native(b), in: runtime)  // looks `+` up for a's class
/// try site.apply(.native(c), .native(d), in: runtime)  // same class: no lookup
/// ```
final class OperatorSite {
    let op: BinaryOperator
    private var cachedClass: ObjectIdentifier?
    private var cachedFunction: ((Value, Value) throws -> Value)?

    init(_ op: BinaryOperator) { self.op = op }

    /// `lhs op rhs`, with the left operand's class's registered operator when it has one.
    @inline(__always)
    func apply(_ lhs: Value, _ rhs: Value, in runtime: Runtime) throws -> Value {
        if case .native(let object) = lhs {
            let objectClass = ObjectIdentifier(type(of: object))
            if objectClass != cachedClass {
                cachedFunction = runtime.registeredBinaryOperator(op, of: object)
                cachedClass = objectClass
            }
            if let cachedFunction { return try cachedFunction(lhs, rhs) }
        }
        return try runtime.binary(op, lhs, rhs)
    }
}
