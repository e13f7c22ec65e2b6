import SwiftSyntax

extension TypeChecker {
    /// Where swiftc places an error about the value of `expression` as a whole: the operator of an operator
    /// expression, the member's name of a member access or method call, the `[` of a subscript, the `?` of a
    /// ternary, the `!` of a force unwrap; the start of anything else. Parentheses around one expression are
    /// looked through.
    func anchor(_ expression: ExprSyntax) -> Syntax {
        switch expression.as(ExprSyntaxEnum.self) {
        case .infixOperatorExpr(let infix): return Syntax(infix.operator)
        case .memberAccessExpr(let access): return Syntax(access.declName)
        case .functionCallExpr(let call): return anchor(call.calledExpression)
        case .subscriptCallExpr(let subscriptCall): return Syntax(subscriptCall.leftSquare)
        case .ternaryExpr(let ternary): return Syntax(ternary.questionMark)
        case .prefixOperatorExpr(let prefix): return Syntax(prefix.operator)
        case .forceUnwrapExpr(let unwrap): return Syntax(unwrap.exclamationMark)
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return anchor(only.expression)
            }
            return Syntax(expression)
        default: return Syntax(expression)
        }
    }
}
