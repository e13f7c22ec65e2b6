import SwiftSyntax

extension ExprSyntax {
    /// Where swiftc places an error about the value of this expression as a whole: the operator of an operator
    /// expression, the member's name of a member access or method call, the `[` of a subscript, the `?` of a
    /// ternary, the `!` of a force unwrap; the start of anything else. Parentheses around one expression are
    /// looked through.
    ///
    /// ```swift
    /// // let d: Double = n * 2
    /// //                   ^ the `*`
    /// ```
    var typeErrorAnchor: Syntax {
        switch self.as(ExprSyntaxEnum.self) {
        case .infixOperatorExpr(let infix): return Syntax(infix.operator)
        case .memberAccessExpr(let access): return Syntax(access.declName)
        case .functionCallExpr(let call): return call.calledExpression.typeErrorAnchor
        case .subscriptCallExpr(let subscriptCall): return Syntax(subscriptCall.leftSquare)
        case .ternaryExpr(let ternary): return Syntax(ternary.questionMark)
        case .prefixOperatorExpr(let prefix): return Syntax(prefix.operator)
        case .forceUnwrapExpr(let unwrap): return Syntax(unwrap.exclamationMark)
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return only.expression.typeErrorAnchor
            }
            return Syntax(self)
        default: return Syntax(self)
        }
    }
}

extension TypeChecker {
    /// Where swiftc places an error about `expression`'s value (``ExprSyntax/typeErrorAnchor``).
    func anchor(_ expression: ExprSyntax) -> Syntax {
        expression.typeErrorAnchor
    }
}
