import SwiftSyntax

/// Whether running a list of statements can reach its end, as far as the syntax shows. swiftc proves more
/// (it knows which functions return `Never`, folds constant conditions), so a check built on this reports
/// only what is certain: `.fallsThrough` means some path surely reaches the end.
enum FallThrough {
    /// Every path leaves by `return`, `throw` (or for a `guard` body, `break` and `continue`) or a call of
    /// `fatalError`.
    case exits
    /// Some path surely reaches the end.
    case fallsThrough
    /// Not known from the syntax alone.
    case unknown

    /// How `statements` end; `jumpsExit` counts `break` and `continue` as leaving (true in a `guard` body,
    /// where they leave the guarded scope).
    static func of(_ statements: CodeBlockItemListSyntax, jumpsExit: Bool) -> FallThrough {
        var result = FallThrough.fallsThrough
        for item in statements {
            switch of(item.item, jumpsExit: jumpsExit) {
            case .exits: return .exits
            case .unknown: result = .unknown
            case .fallsThrough: continue
            }
        }
        return result
    }

    private static func of(_ item: CodeBlockItemSyntax.Item, jumpsExit: Bool) -> FallThrough {
        switch item {
        case .decl: return .fallsThrough
        case .expr(let expression): return of(expression, jumpsExit: jumpsExit)
        case .stmt(let statement):
            switch statement.as(StmtSyntaxEnum.self) {
            case .returnStmt, .throwStmt: return .exits
            case .breakStmt, .continueStmt: return jumpsExit ? .exits : .unknown
            case .expressionStmt(let statement): return of(statement.expression, jumpsExit: jumpsExit)
            case .guardStmt, .deferStmt: return .fallsThrough
            case .forStmt: return .fallsThrough
            case .whileStmt(let loop):
                // `while true` ends only by a jump inside it.
                let isForever =
                    loop.conditions.count == 1
                    && loop.conditions.first?.condition.as(ExprSyntax.self)?.is(BooleanLiteralExprSyntax.self) == true
                return isForever ? .unknown : .fallsThrough
            default: return .unknown
            }
        }
    }

    private static func of(_ expression: ExprSyntax, jumpsExit: Bool) -> FallThrough {
        if let ifExpression = expression.as(IfExprSyntax.self) { return of(ifExpression, jumpsExit: jumpsExit) }
        if let tryExpression = expression.as(TryExprSyntax.self) {
            return of(tryExpression.expression, jumpsExit: jumpsExit)
        }
        if let call = expression.as(FunctionCallExprSyntax.self),
            let callee = call.calledExpression.as(DeclReferenceExprSyntax.self)
        {
            let name = callee.baseName.text
            if neverReturning.contains(name) { return .exits }
            // A function of the lesson's own might return `Never`.
            return knownReturning.contains(name) ? .fallsThrough : .unknown
        }
        if expression.is(SwitchExprSyntax.self) { return .unknown }
        return .fallsThrough
    }

    private static func of(_ ifExpression: IfExprSyntax, jumpsExit: Bool) -> FallThrough {
        let isConstant = ifExpression.conditions.contains {
            $0.condition.as(ExprSyntax.self)?.is(BooleanLiteralExprSyntax.self) == true
        }
        if isConstant { return .unknown }
        let body = of(ifExpression.body.statements, jumpsExit: jumpsExit)
        let otherwise: FallThrough
        switch ifExpression.elseBody {
        case .ifExpr(let nested)?: otherwise = of(nested, jumpsExit: jumpsExit)
        case .codeBlock(let block)?: otherwise = of(block.statements, jumpsExit: jumpsExit)
        case nil: otherwise = .fallsThrough
        }
        switch (body, otherwise) {
        case (.exits, .exits): return .exits
        case (.fallsThrough, _), (_, .fallsThrough): return .fallsThrough
        default: return .unknown
        }
    }

    private static let neverReturning: Set<String> = ["fatalError", "preconditionFailure"]
    private static let knownReturning: Set<String> = ["print", "debugPrint", "precondition", "assert"]
}

extension Compiler {
    /// swiftc's `missing return in global function expected to return 'Int'`, at the body's closing brace,
    /// when a function with a result surely reaches the end of its body (a body that is one expression or
    /// statement returns it implicitly, and is left alone).
    func checkReturns(
        _ statements: CodeBlockItemListSyntax?, closedBy rightBrace: TokenSyntax?, resultType: TypeSyntax?,
        kind: @autoclosure () -> String
    ) throws {
        guard let statements, let rightBrace, let resultType,
            statements.count > 1 || isStatementOnly(statements)
        else { return }
        let result = resultType.trimmedDescription
        guard !["Void", "()", "Never"].contains(result) else { return }
        if case .fallsThrough = FallThrough.of(statements, jumpsExit: false) {
            throw compileError("missing return in \(kind()) expected to return '\(result)'", at: rightBrace)
        }
    }

    /// Whether a one-item body is a statement that cannot be an implicitly returned expression (`for`, `let`).
    private func isStatementOnly(_ statements: CodeBlockItemListSyntax) -> Bool {
        guard statements.count == 1, let item = statements.first?.item else { return false }
        switch item {
        case .decl: return true
        case .expr: return false
        case .stmt(let statement): return !statement.is(ExpressionStmtSyntax.self)
        }
    }
}
