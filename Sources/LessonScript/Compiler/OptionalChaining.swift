import SwiftSyntax

/// Thrown by `x?` when `x` is `nil`, and caught where the optional chain ends, which then gives `nil`.
struct OptionalChainNil: Error {}

extension Compiler {
    func compileOptionalChaining(_ chaining: OptionalChainingExprSyntax) throws -> Evaluator {
        let wrapped = try compileExpression(chaining.expression)
        return { frame in
            guard let value = try wrapped(frame).unwrappedOnce else { throw OptionalChainNil() }
            return value
        }
    }
}

extension Value {
    /// The value inside one level of `Optional` (a non-optional value is itself), or `nil` for `nil`.
    var unwrappedOnce: Value? {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }
}

extension ExprSyntax {
    /// Whether this expression ends an optional chain (`a?.b.c` as a whole): it contains `?` in its chain of
    /// member accesses, calls and subscripts, and is not itself a link of a longer chain.
    var isOptionalChainRoot: Bool {
        guard containsOptionalChaining else { return false }
        guard let parent else { return true }
        if let access = parent.as(MemberAccessExprSyntax.self), access.base?.id == id { return false }
        if let call = parent.as(FunctionCallExprSyntax.self), call.calledExpression.id == id { return false }
        if let subscriptCall = parent.as(SubscriptCallExprSyntax.self), subscriptCall.calledExpression.id == id {
            return false
        }
        if parent.is(ForceUnwrapExprSyntax.self) || parent.is(OptionalChainingExprSyntax.self) { return false }
        return true
    }

    private var containsOptionalChaining: Bool {
        var current: ExprSyntax? = self
        while let expression = current {
            if expression.is(OptionalChainingExprSyntax.self) { return true }
            if let access = expression.as(MemberAccessExprSyntax.self) {
                current = access.base
            } else if let call = expression.as(FunctionCallExprSyntax.self) {
                current = call.calledExpression
            } else if let subscriptCall = expression.as(SubscriptCallExprSyntax.self) {
                current = subscriptCall.calledExpression
            } else if let unwrap = expression.as(ForceUnwrapExprSyntax.self) {
                current = unwrap.expression
            } else {
                return false
            }
        }
        return false
    }
}
