import SwiftSyntax

extension TypeChecker {
    /// Checks one top-level item of the cell.
    func checkTopLevel(_ item: CodeBlockItemSyntax.Item) throws {
        try checkItem(item)
    }

    /// Checks a list of statements in the current scope; the functions it declares are known from its start.
    func checkStatements(_ statements: CodeBlockItemListSyntax) throws {
        for item in statements {
            guard case .decl(let declaration) = item.item, let function = declaration.as(FunctionDeclSyntax.self)
            else { continue }
            declareLocalFunction(functionShape(function, generics: body.generics))
        }
        for item in statements { try checkItem(item.item) }
    }

    /// Checks statements in a new block scope.
    func checkBlock(_ statements: CodeBlockItemListSyntax) throws {
        try inScope { try checkStatements(statements) }
    }

    private func declareLocalFunction(_ shape: FunctionShape) {
        var overloads: [FunctionShape] = []
        if case .functions(let existing)? = scopes.last?[shape.name] { overloads = existing }
        declareLocal(shape.name, .functions(overloads + [shape]))
    }

    func checkItem(_ item: CodeBlockItemSyntax.Item) throws {
        switch item {
        case .decl(let declaration): try checkDeclaration(declaration)
        case .stmt(let statement): try checkStatement(statement)
        case .expr(let expression): try checkExpressionStatement(expression)
        }
    }

    private func checkExpressionStatement(_ expression: ExprSyntax) throws {
        if let ifExpression = expression.as(IfExprSyntax.self) { return try checkIf(ifExpression) }
        if let switchExpression = expression.as(SwitchExprSyntax.self) { return try checkSwitch(switchExpression) }
        _ = try infer(expression)
    }

    private func checkDeclaration(_ declaration: DeclSyntax) throws {
        switch declaration.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable): try checkVariableDeclaration(variable)
        case .functionDecl(let function):
            let context = functionContext(
                result: function.signature.returnClause.map { resolve($0.type, extraGenerics: function) } ?? .void,
                generics: function.genericParameterNames)
            if isAtTopLevel {
                deferredBodies.append { [self] in try checkFunctionBody(function, context: context) }
            } else {
                try checkFunctionBody(function, context: context)
            }
        case .structDecl, .classDecl, .enumDecl, .protocolDecl, .extensionDecl:
            if let group = declaration.asProtocol((any DeclGroupSyntax).self) { try checkTypeDeclaration(group) }
        default: break
        }
    }

    private func resolve(_ type: TypeSyntax, extraGenerics function: FunctionDeclSyntax) -> StaticType {
        environment.resolve(type, generics: body.generics.union(function.genericParameterNames))
    }

    /// The context of a function's body: its result, and `self` and generics from where it is declared.
    func functionContext(result: StaticType, generics: [String]) -> BodyContext {
        var context = body
        context.result = result
        context.isFunction = true
        context.isInitializer = false
        context.generics = body.generics.union(generics)
        return context
    }

    /// Checks a function's body with its parameters declared.
    func checkFunctionBody(_ function: FunctionDeclSyntax, context: BodyContext) throws {
        guard let statements = function.body?.statements else { return }
        try inBody(context) {
            declareParameters(function.signature.parameterClause.parameters)
            try checkBodyStatements(statements, result: context.result)
        }
    }

    /// Declares a function's parameters as local constants (`inout` ones as variables).
    func declareParameters(_ list: FunctionParameterListSyntax) {
        for (parameter, shape) in zip(list, parameters(list, generics: body.generics)) {
            let name = (parameter.secondName ?? parameter.firstName).text
            let type: StaticType = shape.isVariadic ? .array(shape.type) : shape.type
            declareLocal(name, .variable(type, isConstant: !shape.isInout))
        }
    }

    /// A body's statements; a body that is one expression returns it when the result is not `Void`.
    func checkBodyStatements(_ statements: CodeBlockItemListSyntax, result: StaticType?) throws {
        if let result, result != .void, statements.count == 1, let only = statements.first,
            let expression = only.item.singleExpression, expression.isValueExpression,
            !expression.is(IfExprSyntax.self), !expression.is(SwitchExprSyntax.self)
        {
            try check(expression, against: result, role: .returnValue)
            return
        }
        try checkStatements(statements)
    }

    private func checkStatement(_ statement: StmtSyntax) throws {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let expressionStatement): try checkExpressionStatement(expressionStatement.expression)
        case .guardStmt(let guardStatement):
            // The names the conditions bind are visible after the guard, not in its `else` body.
            let bound = try inScope {
                try checkConditions(guardStatement.conditions)
                return scopes[scopes.count - 1]
            }
            try checkBlock(guardStatement.body.statements)
            for (name, symbol) in bound { declareLocal(name, symbol) }
        case .forStmt(let forStatement): try checkFor(forStatement)
        case .whileStmt(let whileStatement):
            try inScope {
                try checkConditions(whileStatement.conditions)
                try checkStatements(whileStatement.body.statements)
            }
        case .repeatStmt(let repeatStatement):
            try checkBlock(repeatStatement.body.statements)
            try checkCondition(repeatStatement.condition)
        case .labeledStmt(let labeled): try checkStatement(labeled.statement)
        case .returnStmt(let returnStatement):
            guard let expression = returnStatement.expression else { return }
            if let result = body.result, body.isFunction {
                try check(expression, against: result, role: .returnValue)
            } else {
                _ = try infer(expression)
            }
        case .throwStmt(let throwStatement): _ = try infer(throwStatement.expression)
        case .deferStmt(let deferStatement): try checkBlock(deferStatement.body.statements)
        case .doStmt(let doStatement): try checkDo(doStatement)
        default: break
        }
    }

    private func checkDo(_ doStatement: DoStmtSyntax) throws {
        try checkBlock(doStatement.body.statements)
        for clause in doStatement.catchClauses {
            try inScope {
                if clause.catchItems.isEmpty { declareLocal("error", .unknown) }
                for item in clause.catchItems {
                    if let pattern = item.pattern { declarePatternNames(pattern, isConstant: true) }
                    if let condition = item.whereClause?.condition { try checkCondition(condition) }
                }
                try checkStatements(clause.body.statements)
            }
        }
    }

    private func checkFor(_ forStatement: ForStmtSyntax) throws {
        let sequence = try infer(forStatement.sequence)
        if sequence.isNumber || sequence.isNumberLiteral || sequence == .bool {
            throw typeError(
                "for-in loop requires '\(sequence.defaulted.description)' to conform to 'Sequence'",
                at: forStatement.sequence)
        }
        try inScope {
            let isConstant = !forStatement.pattern.isVarBinding
            if forStatement.caseKeyword == nil {
                bind(forStatement.pattern, to: elementType(of: sequence), isConstant: isConstant)
            } else {
                declarePatternNames(forStatement.pattern, isConstant: isConstant)
            }
            if let condition = forStatement.whereClause?.condition { try checkCondition(condition) }
            try checkStatements(forStatement.body.statements)
        }
    }

    /// The type of the elements a `for` loop takes from a sequence of type `sequence`.
    func elementType(of sequence: StaticType) -> StaticType {
        switch sequence {
        case .array(let element), .set(let element): element
        case .dictionary(let key, let value): .tuple([key, value], labels: ["key", "value"])
        case .range(let bound, _): bound.defaulted
        case .string: .character
        default: .unknown
        }
    }
}

extension PatternSyntax {
    /// Whether this is a `var` pattern (`for var x in ...`).
    var isVarBinding: Bool {
        self.as(ValueBindingPatternSyntax.self)?.bindingSpecifier.tokenKind == .keyword(.var)
    }
}
