import SwiftSyntax

extension Compiler {
    /// Compiles an expression to a closure computing its value.
    func compileExpression(_ expression: ExprSyntax) throws -> Evaluator {
        try checkNesting(at: expression)
        nestedExpressions += 1
        defer { nestedExpressions -= 1 }
        let evaluator = try compileExpressionNode(expression)
        guard expression.isOptionalChainRoot else { return evaluator }
        return { frame in
            do {
                let value = try evaluator(frame)
                if case .optional = value { return value }
                return .optional(value)
            } catch is OptionalChainNil {
                return .null
            }
        }
    }

    private func compileExpressionNode(_ expression: ExprSyntax) throws -> Evaluator {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr, .floatLiteralExpr:
            return try compileNumberLiteral(expression)
        case .booleanLiteralExpr(let literal):
            let value = Value.bool(literal.literal.tokenKind == .keyword(.true))
            return { _ in value }
        case .nilLiteralExpr:
            return { _ in .null }
        case .stringLiteralExpr(let literal):
            return try compileStringLiteral(literal)
        case .arrayExpr(let array):
            return try compileArrayLiteral(array)
        case .dictionaryExpr(let dictionary):
            return try compileDictionaryLiteral(dictionary)
        case .tupleExpr(let tuple):
            return try compileTuple(tuple)
        case .declReferenceExpr(let reference):
            return try compileReference(reference)
        case .memberAccessExpr(let access):
            return try compileMemberAccess(access)
        case .functionCallExpr(let call):
            return try compileCall(call)
        case .subscriptCallExpr(let subscriptCall):
            return try compileSubscript(subscriptCall)
        case .closureExpr(let closure):
            return try compileClosure(closure)
        case .infixOperatorExpr(let infix):
            return try compileInfix(infix)
        case .prefixOperatorExpr(let prefix):
            return try compilePrefix(prefix)
        case .postfixOperatorExpr(let postfix):
            return try compilePostfix(postfix)
        case .forceUnwrapExpr(let unwrap):
            return try compileForceUnwrap(unwrap)
        case .optionalChainingExpr(let chaining):
            return try compileOptionalChaining(chaining)
        case .ternaryExpr(let ternary):
            return try compileTernary(ternary)
        case .asExpr(let cast):
            return try compileCast(cast)
        case .isExpr(let check):
            return try compileTypeCheck(check)
        case .tryExpr(let tryExpression):
            return try compileTry(tryExpression)
        case .ifExpr(let ifExpression):
            return try compileIfExpression(ifExpression)
        case .switchExpr(let switchExpression):
            return try compileSwitchExpression(switchExpression)
        case .genericSpecializationExpr(let specialization):
            return try compileGenericSpecialization(specialization)
        case .inOutExpr(let node):
            throw compileError("'&' is only allowed in a function call argument", at: node)
        case .sequenceExpr(let sequence):
            throw compileError("this operator expression could not be folded", at: sequence)
        case .awaitExpr(let node):
            throw compileError("`await` is not supported in lesson cells", at: node)
        case .keyPathExpr(let keyPath):
            return try compileKeyPath(keyPath)
        case .superExpr(let node):
            throw compileError("`super` is not supported in lesson cells (classes cannot inherit)", at: node)
        case .regexLiteralExpr(let node):
            throw compileError("regular expression literals are not supported in lesson cells", at: node)
        case .macroExpansionExpr(let node):
            throw compileError("macros are not supported in lesson cells", at: node)
        case .discardAssignmentExpr(let node):
            throw compileError("'_' can only appear in a pattern or on the left side of an assignment", at: node)
        default:
            throw compileError("this kind of expression is not supported in lesson cells", at: expression)
        }
    }

    /// Checks the cell's time limit, and that `expression` is not nested so deeply in its enclosing ones that
    /// compiling or running it could use up the stack.
    private func checkNesting(at expression: ExprSyntax) throws {
        do {
            try runtime.tick()
        } catch var error as RuntimeError {
            error.spot = spot(expression)
            throw error
        }
        if nestedExpressions >= Self.maximumNestedExpressions || runtime.stack.isExhausted {
            throw compileError(
                "expression is nested too deeply: more than \(Self.maximumNestedExpressions) levels", at: expression)
        }
    }

    /// Compiles `expression`, giving number literals, optional-ness and `.name` the type of `annotation` (`let x:
    /// Double = 1 / 2` is `0.5`, `let v: Vector = .zero` is `Vector.zero`).
    func compileExpression(_ expression: ExprSyntax, as annotation: TypeAnnotation?) throws -> Evaluator {
        if let annotation, annotation.convertsLiterals, case .named = annotation,
            let literal = literalNumber(expression)
        {
            let value = Value.double(literal.double)
            return { _ in value }
        }
        let evaluator = try compileExpression(expression)
        let isImplicitMember = expression.as(MemberAccessExprSyntax.self).map { $0.base == nil } ?? false
        guard let annotation, annotation.convertsLiterals || isImplicitMember else { return evaluator }
        return { frame in frame.runtime.typed(try evaluator(frame), as: annotation) }
    }

    /// Compiles the expressions of a call's or subscript's argument list.
    func compileArguments(_ arguments: LabeledExprListSyntax) throws -> [Evaluator] {
        try arguments.map { try compileExpression($0.expression) }
    }
}
