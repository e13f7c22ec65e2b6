import SwiftSyntax

extension Compiler {
    /// Compiles a list of statements in the current block scope; `defer` bodies run when the list ends.
    func compileStatements(_ statements: CodeBlockItemListSyntax) throws -> Executor {
        var prologue: [Int] = []
        if !context.declaresGlobals {
            for item in statements {
                if case .decl(let declaration) = item.item, let function = declaration.as(FunctionDeclSyntax.self) {
                    prologue.append(context.predeclareFunction(function.name.text))
                }
            }
        }
        let items = Array(statements)
        let body = try compileSequence(items[...])
        if prologue.isEmpty { return body }
        return { frame in
            for slot in prologue { frame.slots[slot] = Variable(.void) }
            return try body(frame)
        }
    }

    private func compileSequence(_ items: ArraySlice<CodeBlockItemSyntax>) throws -> Executor {
        var executors: [StoredExecutor] = []
        for (offset, item) in zip(items.indices, items) {
            if case .stmt(let statement) = item.item, let deferStatement = statement.as(DeferStmtSyntax.self) {
                let deferred = try context.withBlock { try compileStatements(deferStatement.body.statements) }
                let rest = try compileSequence(items[(offset + 1)...])
                executors.append(
                    StoredExecutor { frame in
                        defer { _ = try? deferred(frame) }
                        return try rest(frame)
                    })
                return sequence(executors)
            }
            executors.append(StoredExecutor(execute: try compileItem(item.item)))
        }
        return sequence(executors)
    }

    private func sequence(_ executors: [StoredExecutor]) -> Executor {
        switch executors.count {
        case 0: return { _ in .next }
        case 1: return executors[0].execute
        default:
            return { frame in
                for executor in executors {
                    let flow = try executor.execute(frame)
                    if case .next = flow { continue }
                    return flow
                }
                return .next
            }
        }
    }

    /// Compiles a body in its own block scope.
    func compileBlock(_ block: CodeBlockSyntax) throws -> Executor {
        try context.withBlock { try compileStatements(block.statements) }
    }

    func compileItem(_ item: CodeBlockItemSyntax.Item) throws -> Executor {
        switch item {
        case .decl(let declaration): return try compileDeclaration(declaration)
        case .stmt(let statement): return try compileStatement(statement)
        case .expr(let expression):
            let evaluator = try compileExpression(expression)
            return { frame in
                _ = try evaluator(frame)
                return .next
            }
        }
    }

    private func compileDeclaration(_ declaration: DeclSyntax) throws -> Executor {
        switch declaration.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable): return try compileVariableDeclaration(variable)
        case .functionDecl(let function): return try compileFunctionDeclaration(function)
        case .structDecl(let structDeclaration): return try compileTypeDeclaration(structDeclaration, kind: .structType)
        case .classDecl(let classDeclaration): return try compileTypeDeclaration(classDeclaration, kind: .classType)
        case .enumDecl(let enumDeclaration): return try compileEnumDeclaration(enumDeclaration)
        case .importDecl: return { _ in .next }
        case .protocolDecl(let protocolDeclaration): return try compileProtocolDeclaration(protocolDeclaration)
        case .extensionDecl(let extensionDeclaration):
            guard context.declaresGlobals else {
                throw compileError("declaration is only valid at file scope", at: extensionDeclaration.extensionKeyword)
            }
            return try compileExtensionDeclaration(extensionDeclaration)
        case .actorDecl(let node):
            throw compileError("`actor` declarations are not supported in lesson cells", at: node)
        case .typeAliasDecl(let node):
            throw compileError("`typealias` declarations are not supported in lesson cells", at: node)
        case .operatorDecl(let node):
            throw compileError("operator declarations are not supported in lesson cells", at: node)
        case .precedenceGroupDecl(let node):
            throw compileError("`precedencegroup` declarations are not supported in lesson cells", at: node)
        case .macroDecl(let node): throw compileError("macro declarations are not supported in lesson cells", at: node)
        default: throw compileError("this declaration is not supported here in lesson cells", at: declaration)
        }
    }

    private func compileStatement(_ statement: StmtSyntax) throws -> Executor {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let expressionStatement):
            let expression = expressionStatement.expression
            if let ifExpression = expression.as(IfExprSyntax.self) { return try compileIfStatement(ifExpression) }
            if let switchExpression = expression.as(SwitchExprSyntax.self) {
                return try compileSwitchStatement(switchExpression)
            }
            return try compileItem(.expr(expression))
        case .guardStmt(let guardStatement): return try compileGuard(guardStatement)
        case .forStmt(let forStatement): return try compileFor(forStatement, label: nil)
        case .whileStmt(let whileStatement): return try compileWhile(whileStatement, label: nil)
        case .repeatStmt(let repeatStatement): return try compileRepeat(repeatStatement, label: nil)
        case .labeledStmt(let labeled): return try compileLabeled(labeled)
        case .returnStmt(let returnStatement):
            guard let expression = returnStatement.expression else { return { _ in .returnValue(.void) } }
            if context.isInitializer, !expression.is(NilLiteralExprSyntax.self) {
                throw compileError(
                    "'nil' is the only return value permitted in an initializer", at: returnStatement.returnKeyword)
            }
            let evaluator = try compileExpression(expression)
            return { frame in .returnValue(try evaluator(frame)) }
        case .breakStmt(let breakStatement):
            let label = breakStatement.label?.text
            return { _ in .breakLoop(label: label) }
        case .continueStmt(let continueStatement):
            let label = continueStatement.label?.text
            return { _ in .continueLoop(label: label) }
        case .fallThroughStmt:
            return { _ in .fallthroughCase }
        case .doStmt(let doStatement): return try compileDo(doStatement)
        case .throwStmt(let throwStatement): return try compileThrow(throwStatement)
        case .deferStmt(let node): throw compileError("'defer' is not allowed here", at: node)
        default: throw compileError("this statement is not supported in lesson cells", at: statement)
        }
    }

    private func compileLabeled(_ labeled: LabeledStmtSyntax) throws -> Executor {
        let label = labeled.label.text
        switch labeled.statement.as(StmtSyntaxEnum.self) {
        case .forStmt(let statement): return try compileFor(statement, label: label)
        case .whileStmt(let statement): return try compileWhile(statement, label: label)
        case .repeatStmt(let statement): return try compileRepeat(statement, label: label)
        default: return try compileStatement(labeled.statement)
        }
    }
}
