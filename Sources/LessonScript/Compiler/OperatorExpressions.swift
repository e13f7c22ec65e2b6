import SwiftSyntax

extension Compiler {
    func compileInfix(_ infix: InfixOperatorExprSyntax) throws -> Evaluator {
        if infix.operator.is(AssignmentExprSyntax.self) {
            return try compileAssignment(infix)
        }
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            throw compileError("this operator is not supported in lesson cells", at: infix.operator)
        }
        if let op = BinaryOperator(compoundAssignment: token.text) {
            return try compileCompoundAssignment(infix, op)
        }
        guard let op = BinaryOperator(spelling: token.text) else {
            throw compileError("operator '\(token.text)' is not supported in lesson cells", at: token)
        }
        let spot = spot(infix.operator)
        switch op {
        case .logicalAnd, .logicalOr:
            let lhs = try compileExpression(infix.leftOperand)
            let rhs = try compileExpression(infix.rightOperand)
            let isAnd = op == .logicalAnd
            return { frame in
                let left = try located(spot) { try lhs(frame).truthValue }
                if left != isAnd { return .bool(left) }
                return .bool(try located(spot) { try rhs(frame).truthValue })
            }
        case .nilCoalescing:
            let lhs = try compileExpression(infix.leftOperand)
            let rhs = try compileExpression(infix.rightOperand)
            return { frame in
                if case .optional(let wrapped) = try lhs(frame) { return try wrapped ?? rhs(frame) }
                return try lhs(frame)
            }
        default:
            if let whole = literalNumber(ExprSyntax(infix)), whole.hasFloatLiteral {
                let value = Value.double(whole.double)
                return { _ in value }
            }
            return try compileBinary(op, infix.leftOperand, infix.rightOperand, spot: spot)
        }
    }

    /// A binary operator; a literal-only operand takes the `Double` meaning when the other operand is a
    /// `Double`, as Swift's type inference would give it.
    private func compileBinary(
        _ op: BinaryOperator, _ left: ExprSyntax, _ right: ExprSyntax, spot: SourceSpot
    ) throws
        -> Evaluator
    {
        // `a op b` for every form below: the Int/Double fast path, else the library operator the site reached
        // last or the general path, with errors placed at the operator.
        let numeric = NumericOperator(op)
        let site = OperatorSite(op)
        let apply = { (a: Value, b: Value, runtime: Runtime) throws -> Value in
            if let result = numeric?.apply(a, b) { return result }
            return try located(spot) { try site.apply(a, b, in: runtime) }
        }
        let leftLiteral = literalNumber(left)
        let rightLiteral = literalNumber(right)
        if let leftLiteral, let rightLiteral, !leftLiteral.hasFloatLiteral, !rightLiteral.hasFloatLiteral {
            let (a, b) = (leftLiteral.value, rightLiteral.value)
            return { frame in try apply(a, b, frame.runtime) }
        }
        if let literal = rightLiteral, leftLiteral == nil, !literal.hasFloatLiteral, let integer = literal.int {
            let lhs = try compileExpression(left)
            let asDouble = Value.double(literal.double)
            return { frame in
                let value = try lhs(frame)
                let operand: Value = if case .double = value { asDouble } else { .int(integer) }
                return try apply(value, operand, frame.runtime)
            }
        }
        if let literal = leftLiteral, rightLiteral == nil, !literal.hasFloatLiteral, let integer = literal.int {
            let rhs = try compileExpression(right)
            let asDouble = Value.double(literal.double)
            return { frame in
                let value = try rhs(frame)
                let operand: Value = if case .double = value { asDouble } else { .int(integer) }
                return try apply(operand, value, frame.runtime)
            }
        }
        let lhs = try compileExpression(left)
        let rhs = try compileExpression(right)
        return { frame in
            let a = try lhs(frame)
            return try apply(a, try rhs(frame), frame.runtime)
        }
    }

    func compilePrefix(_ prefix: PrefixOperatorExprSyntax) throws -> Evaluator {
        guard let op = PrefixOperator(spelling: prefix.operator.text) else {
            throw compileError(
                "prefix operator '\(prefix.operator.text)' is not supported in lesson cells", at: prefix.operator)
        }
        if op == .negate, let literal = literalNumber(ExprSyntax(prefix)) {
            let value = literal.value
            return { _ in value }
        }
        let operand = try compileExpression(prefix.expression)
        let spot = spot(prefix)
        return { frame in
            let value = try operand(frame)
            return try located(spot) { try frame.runtime.prefix(op, value) }
        }
    }

    func compilePostfix(_ postfix: PostfixOperatorExprSyntax) throws -> Evaluator {
        let name = postfix.operator.text
        guard name == "..." else {
            throw compileError("postfix operator '\(name)' is not supported in lesson cells", at: postfix.operator)
        }
        let operand = try compileExpression(postfix.expression)
        return { frame in .range(RangeValue(lower: try operand(frame), upper: nil, isClosed: true)) }
    }

    func compileForceUnwrap(_ unwrap: ForceUnwrapExprSyntax) throws -> Evaluator {
        let operand = try compileExpression(unwrap.expression)
        let spot = spot(unwrap.exclamationMark)
        return { frame in
            guard let value = try operand(frame).unwrappedOnce else {
                throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value", at: spot)
            }
            return value
        }
    }

    func compileTernary(_ ternary: TernaryExprSyntax) throws -> Evaluator {
        let condition = try compileExpression(ternary.condition)
        let spot = spot(ternary.condition)
        let thenLiteral = literalNumber(ternary.thenExpression)
        let elseLiteral = literalNumber(ternary.elseExpression)
        let thenBranch = try compileExpression(ternary.thenExpression)
        let elseBranch = try compileExpression(ternary.elseExpression)
        let anyFloat = thenLiteral?.hasFloatLiteral == true || elseLiteral?.hasFloatLiteral == true
        let promoteThen = anyFloat && thenLiteral?.hasFloatLiteral == false
        let promoteElse = anyFloat && elseLiteral?.hasFloatLiteral == false
        return { frame in
            if try located(spot, { try condition(frame).truthValue }) {
                let value = try thenBranch(frame)
                return promoteThen ? value.converted(to: .named("Double")) : value
            }
            let value = try elseBranch(frame)
            return promoteElse ? value.converted(to: .named("Double")) : value
        }
    }
}
