/// A variable's storage. Closures capture the `Variable` itself, so they see later assignments (capture by
/// reference, as in Swift); each execution of a declaration makes a new one, so each loop iteration's closure
/// captures that iteration's variable.
final class Variable {
    var value: Value
    let isConstant: Bool
    /// The declared type when it changes what is stored (`var best: Double? = nil`, then `best = 3` stores
    /// `3.0`, as Swift's contextual typing makes it); `nil` otherwise.
    let declaredType: TypeAnnotation?
    /// A global whose declaring cell failed: using it is an error, not the value an earlier cell left.
    let isUndefined: Bool

    init(_ value: Value, isConstant: Bool = false, declaredType: TypeAnnotation? = nil, isUndefined: Bool = false) {
        self.value = value
        self.isConstant = isConstant
        self.declaredType = declaredType
        self.isUndefined = isUndefined
    }

    /// The placeholder in slots whose declaration has not run yet.
    static let unset = Variable(.void, isConstant: true)
}

/// The variables of one running function (or of one running cell's top-level code): its locals by slot number,
/// fixed when the function was compiled, and the variables its closure captured.
final class Frame {
    let runtime: Runtime
    /// The slots, as a buffer the frame owns: a constant reference to them needs none of the run-time
    /// exclusivity checks that every access to an array property would cost.
    let slots: UnsafeMutableBufferPointer<Variable>
    let captures: [Variable]

    init(runtime: Runtime, slotCount: Int, captures: [Variable]) {
        self.runtime = runtime
        self.slots = .allocate(capacity: slotCount)
        self.slots.initialize(repeating: .unset)
        self.captures = captures
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}

/// How a statement finished: normally, or by a jump that enclosing statements must honour.
enum Flow {
    case next
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnValue(Value)
    case fallthroughCase
}

/// Evaluates a compiled expression.
typealias Evaluator = (Frame) throws -> Value

/// Runs a compiled statement.
typealias Executor = (Frame) throws -> Flow

/// A compiled expression kept in an array. An array holds bare closures in its generic element's calling
/// convention, so every call through it would pass reabstraction thunks; a struct's field keeps the direct one.
struct StoredEvaluator {
    let evaluate: Evaluator
}

/// A compiled statement kept in an array (see ``StoredEvaluator``).
struct StoredExecutor {
    let execute: Executor
}
