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

extension Compiler {
    /// The place `inner?` in an assignment or a mutating call (`a?.b = 1`, `a?.items.append(2)`): the wrapped
    /// value is changed and wrapped again; when it is `nil`, the chain ends there and nothing changes.
    func optionalChainPlace(_ inner: Place) -> Place {
        Place(
            read: { frame in
                guard let value = try inner.read(frame).unwrappedOnce else { throw OptionalChainNil() }
                return value
            },
            modify: { frame, body in
                try inner.modify(frame) { value in
                    guard var wrapped = value.unwrappedOnce else { throw OptionalChainNil() }
                    let wasOptional = if case .optional = value { true } else { false }
                    value = .void
                    defer { value = wasOptional ? .optional(wrapped) : wrapped }
                    try body(&wrapped)
                }
            })
    }

    /// An assignment whose target is an optional chain (`a?.b = 1`): when the chain meets `nil`, neither the new
    /// value is evaluated nor anything assigned, and the assignment's value is `nil` rather than `()`.
    func endingOptionalChain(_ target: ExprSyntax, _ place: Place, _ assignment: @escaping Evaluator) -> Evaluator {
        guard target.containsOptionalChaining else { return assignment }
        return { frame in
            do {
                _ = try place.read(frame)
                return .optional(try assignment(frame))
            } catch is OptionalChainNil {
                return .null
            }
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

    /// Whether a link of this chain of member accesses, calls and subscripts is `x?`.
    var containsOptionalChaining: Bool {
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
