import SwiftSyntax

/// Where an error thrown at some place goes, as swiftc decides it from the code around.
enum ErrorHandling {
    /// A `do` with a catch-all, a throwing function, a closure or top-level code takes it.
    case handled
    /// Nothing does: the enclosing function is not declared `throws`.
    case unhandled
    /// Only a `do` whose `catch` clauses do not catch everything does.
    case notExhaustive
}

extension Compiler {
    /// swiftc's rule that a call of a throwing function is marked with `try`, for the calls whose callee is known
    /// before the cell runs: a function of this cell or an earlier one, a method of the type being declared, an
    /// initializer of a cell type whose initializers all throw.
    func checkTryMarking(_ call: FunctionCallExprSyntax) throws {
        guard !call.isCoveredByTry, try calleeThrows(call.calledExpression) else { return }
        throw compileError(
            call.errorHandling == .unhandled
                ? "call can throw, but it is not marked with 'try' and the error is not handled"
                : "call can throw but is not marked with 'try'", at: call.calledExpression)
    }

    /// swiftc's rule that a `throw`n value conforms to `Error`, checked when the expression names a cell type:
    /// `throw Problem()`, `throw Failure.bad`.
    func checkThrownType(_ expression: ExprSyntax) throws {
        var base = expression
        if let call = base.as(FunctionCallExprSyntax.self) { base = call.calledExpression }
        if let access = base.as(MemberAccessExprSyntax.self), let typeName = access.base { base = typeName }
        guard let reference = base.as(DeclReferenceExprSyntax.self), !context.hasLocal(reference.baseName.text),
            let type = try declaredType(named: reference.baseName.text), !type.isKind(of: "Error")
        else { return }
        throw compileError("thrown expression type '\(type.name)' does not conform to 'Error'", at: expression)
    }

    /// swiftc's rule that an error thrown by `try` (at `node`) or `throw` is handled.
    func checkErrorHandled(at node: some SyntaxProtocol, isThrowStatement: Bool) throws {
        switch node.errorHandling {
        case .handled: return
        case .unhandled:
            throw compileError(
                isThrowStatement
                    ? "error is not handled because the enclosing function is not declared 'throws'"
                    : "errors thrown from here are not handled", at: node)
        case .notExhaustive:
            throw compileError(
                isThrowStatement
                    ? "error is not handled because the enclosing catch is not exhaustive"
                    : "errors thrown from here are not handled because the enclosing catch is not exhaustive",
                at: node)
        }
    }

    private func calleeThrows(_ callee: ExprSyntax) throws -> Bool {
        guard let reference = callee.as(DeclReferenceExprSyntax.self),
            case .identifier(let name) = reference.baseName.tokenKind,
            !context.hasLocal(name)
        else { return false }
        if let type = context.memberType, !context.isStatic, let methods = type.instanceMethods(name) {
            return methods.allSatisfy(\.throwsErrors)
        }
        if let throwing = cellFunctionsThrow[name] { return throwing }
        if let type = try declaredType(named: name), type.kind == .structType || type.kind == .classType {
            let initializers = type.availableInitializers
            return !initializers.isEmpty && initializers.allSatisfy(\.throwsErrors)
        }
        guard let index = runtime.globals.index(of: name), case .function(let function) = runtime.globals[index].value
        else { return false }
        switch function.body {
        case .script(let compiled, _, _): return compiled.throwsErrors
        case .overloads(let candidates):
            return candidates.allSatisfy { candidate in
                if case .script(let compiled, _, _) = candidate.body { return compiled.throwsErrors }
                return false
            }
        case .builtin: return false
        }
    }
}

extension SyntaxProtocol {
    /// Whether this expression is inside a `try` of the same statement.
    var isCoveredByTry: Bool {
        var current = Syntax(self).parent
        while let node = current {
            if node.is(TryExprSyntax.self) { return true }
            if node.is(CodeBlockItemSyntax.self) || node.is(ClosureExprSyntax.self)
                || node.is(MemberBlockItemSyntax.self)
            {
                return false
            }
            current = node.parent
        }
        return false
    }

    /// Where an error thrown here would go.
    var errorHandling: ErrorHandling {
        var previous = Syntax(self)
        var current = previous.parent
        var sawNonExhaustiveCatch = false
        while let node = current {
            if let doStatement = node.as(DoStmtSyntax.self), previous.id == doStatement.body.id {
                if doStatement.catchClauses.contains(where: \.catchesEverything) { return .handled }
                if !doStatement.catchClauses.isEmpty { sawNonExhaustiveCatch = true }
            }
            // Top-level code throws to the top; a closure does when it is inferred to throw.
            if node.is(SourceFileSyntax.self) { return .handled }
            if let closure = node.as(ClosureExprSyntax.self) {
                return closure.mayThrow ? .handled : unhandled(sawNonExhaustiveCatch)
            }
            if let function = node.as(FunctionDeclSyntax.self) {
                return function.signature.effectSpecifiers?.throwsClause != nil
                    ? .handled : unhandled(sawNonExhaustiveCatch)
            }
            if let initializer = node.as(InitializerDeclSyntax.self) {
                return initializer.signature.effectSpecifiers?.throwsClause != nil
                    ? .handled : unhandled(sawNonExhaustiveCatch)
            }
            if let accessor = node.as(AccessorDeclSyntax.self) {
                return accessor.effectSpecifiers?.throwsClause != nil ? .handled : unhandled(sawNonExhaustiveCatch)
            }
            previous = node
            current = node.parent
        }
        return .handled
    }

    private func unhandled(_ sawNonExhaustiveCatch: Bool) -> ErrorHandling {
        sawNonExhaustiveCatch ? .notExhaustive : .unhandled
    }
}

extension ClosureExprSyntax {
    /// Whether swiftc infers the closure to throw: it says `throws`, or its body has a `try` (not `try?` or
    /// `try!`) or a `throw`.
    var mayThrow: Bool {
        if signature?.effectSpecifiers?.throwsClause != nil { return true }
        return statements.tokens(viewMode: .sourceAccurate).contains { token in
            switch token.tokenKind {
            case .keyword(.throw): true
            case .keyword(.try): token.parent?.as(TryExprSyntax.self)?.questionOrExclamationMark == nil
            default: false
            }
        }
    }
}

extension CatchClauseSyntax {
    /// Whether this clause catches every error: no pattern, or a plain `let name` without `where`.
    var catchesEverything: Bool {
        if catchItems.isEmpty { return true }
        return catchItems.contains { item in
            guard item.whereClause == nil, let pattern = item.pattern else { return item.whereClause == nil }
            if pattern.is(WildcardPatternSyntax.self) || pattern.is(IdentifierPatternSyntax.self) { return true }
            guard let binding = pattern.as(ValueBindingPatternSyntax.self) else { return false }
            return binding.pattern.is(IdentifierPatternSyntax.self)
                || binding.pattern.as(ExpressionPatternSyntax.self)?.expression.is(PatternExprSyntax.self) == true
        }
    }
}

extension FunctionEffectSpecifiersSyntax? {
    /// Whether the declaration says `throws` (not `rethrows`, which throws only what its closure arguments do).
    var isThrowing: Bool {
        self?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.throws)
    }
}
