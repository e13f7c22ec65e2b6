import SwiftSyntax

extension Compiler {
    /// Compiles a function, method, initializer or accessor: its parameters become the first slots of a new
    /// function context (after `self` for members), its body the code.
    func compileFunction(
        name: String, parameters: FunctionParameterListSyntax?, resultType: TypeSyntax?,
        body: CodeBlockItemListSyntax?, memberOf type: TypeDefinition? = nil, isStatic: Bool = false,
        setterParameter: String? = nil, isInitializer: Bool = false
    ) throws -> (CompiledFunction, FunctionContext) {
        let function = CompiledFunction(name: name)
        let nested = FunctionContext(
            parent: type == nil ? context : nil, memberType: type, isStatic: isStatic, isInitializer: isInitializer)
        try inContext(nested) {
            if type != nil {
                function.hasReceiver = true
                _ = nested.declareLocal("self")
            }
            for parameter in parameters ?? [] {
                function.parameters.append(try compileParameter(parameter))
            }
            if let setterParameter {
                _ = nested.declareLocal(setterParameter)
                function.parameters.append(
                    CompiledFunction.Parameter(
                        label: nil, name: setterParameter, annotation: nil, defaultValue: nil, isVariadic: false,
                        isInout: false))
            }
            function.resultType = resultType.map(TypeAnnotation.init)
            function.returnsValue = resultType != nil
            if let body {
                function.body = try compileFunctionBody(body, implicitReturn: resultType != nil)
                if isInitializer, let type, let superInitializer = try implicitSuperInitializer(for: type, body) {
                    let explicit = function.body
                    function.body = { frame in
                        let flow = try explicit(frame)
                        try superInitializer(frame)
                        return flow
                    }
                }
            }
        }
        function.slotCount = nested.slotCount
        return (function, nested)
    }

    private func compileParameter(_ parameter: FunctionParameterSyntax) throws -> CompiledFunction.Parameter {
        let first = parameter.firstName.text
        let name = parameter.secondName?.text ?? first
        var type = parameter.type
        var isInout = false
        if let attributed = type.as(AttributedTypeSyntax.self) {
            isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
            type = attributed.baseType
        }
        let annotation = TypeAnnotation(type)
        let defaultValue = try parameter.defaultValue.map { try compileExpression($0.value, as: annotation) }
        _ = context.declareLocal(name)
        return CompiledFunction.Parameter(
            label: first == "_" ? nil : first, name: name, annotation: annotation, defaultValue: defaultValue,
            isVariadic: parameter.ellipsis != nil, isInout: isInout)
    }

    /// A function body; a body that is a single expression returns its value when `implicitReturn` is set.
    func compileFunctionBody(_ statements: CodeBlockItemListSyntax, implicitReturn: Bool) throws -> Executor {
        if implicitReturn, statements.count == 1, let only = statements.first,
            let expression = only.item.singleExpression,
            expression.isValueExpression
        {
            let evaluator = try compileExpression(expression)
            return { frame in .returnValue(try evaluator(frame)) }
        }
        return try compileStatements(statements)
    }

    func compileFunctionDeclaration(_ declaration: FunctionDeclSyntax) throws -> Executor {
        try rejectUnsupported(declaration)
        let name = declaration.name.text
        let slot: Int? = context.declaresGlobals ? nil : (context.predeclaredSlot(name) ?? context.declareLocal(name))
        let (function, nested) = try compileFunction(
            name: name, parameters: declaration.signature.parameterClause.parameters,
            resultType: declaration.signature.returnClause?.type, body: declaration.body?.statements)
        function.genericParameters = genericParameterNames(of: declaration)
        enforceConstraints(genericConstraints(of: declaration), on: function, kind: "global function")
        function.throwsErrors = declaration.signature.effectSpecifiers.isThrowing
        let isOperator = declaration.name.tokenKind != .identifier(name)
        // An operator's parameters have no argument labels: `a + b` passes them by position.
        if isOperator { function.hasArgumentLabels = false }
        let captureSources = nested.captureSources
        return { frame in
            let captures = captureSources.map { source in
                switch source {
                case .local(let index): frame.slots[index]
                case .captured(let index): frame.captures[index]
                }
            }
            let value = Function(name: name, body: .script(function, captures: captures, receiver: nil))
            if let slot {
                if frame.slots[slot] === Variable.unset { frame.slots[slot] = Variable(.void) }
                frame.slots[slot].value = .function(value)
            } else if isOperator {
                frame.runtime.declareOperatorFunction(name, value)
            } else {
                frame.runtime.declareGlobalFunction(name, value)
            }
            return .next
        }
    }

    private func rejectUnsupported(_ declaration: FunctionDeclSyntax) throws {
        if let async = declaration.signature.effectSpecifiers?.asyncSpecifier {
            throw compileError("`async` functions are not supported in lesson cells", at: async)
        }
        if declaration.name.tokenKind != .identifier(declaration.name.text), !context.declaresGlobals {
            throw compileError("operator functions can only be declared at file scope", at: declaration.name)
        }
    }

    func compileClosure(_ closure: ClosureExprSyntax) throws -> Evaluator {
        let function = CompiledFunction(name: "closure")
        function.hasArgumentLabels = false
        let nested = FunctionContext(parent: context)
        try inContext(nested) {
            switch closure.signature?.parameterClause {
            case .simpleInput(let names)?:
                for name in names {
                    _ = nested.declareLocal(name.name.text)
                    function.parameters.append(closureParameter(name.name.text, nil))
                }
            case .parameterClause(let clause)?:
                for parameter in clause.parameters {
                    let name = (parameter.secondName ?? parameter.firstName).text
                    _ = nested.declareLocal(name)
                    function.parameters.append(closureParameter(name, parameter.type.map(TypeAnnotation.init)))
                }
            case nil:
                for index in 0..<closure.statements.shorthandParameterCount {
                    _ = nested.declareLocal("$\(index)")
                    function.parameters.append(closureParameter("$\(index)", nil))
                }
            }
            function.resultType = closure.signature?.returnClause.map { TypeAnnotation($0.type) }
            function.body = try compileFunctionBody(closure.statements, implicitReturn: true)
        }
        function.slotCount = nested.slotCount
        let captureSources = nested.captureSources
        return { frame in
            let captures = captureSources.map { source in
                switch source {
                case .local(let index): frame.slots[index]
                case .captured(let index): frame.captures[index]
                }
            }
            return .function(Function(name: "closure", body: .script(function, captures: captures, receiver: nil)))
        }
    }

    private func closureParameter(_ name: String, _ annotation: TypeAnnotation?) -> CompiledFunction.Parameter {
        CompiledFunction.Parameter(
            label: nil, name: name, annotation: annotation, defaultValue: nil, isVariadic: false, isInout: false)
    }
}

extension CodeBlockItemSyntax.Item {
    /// The expression this item is, if it is a plain expression (not `if`/`switch` used as a statement).
    var singleExpression: ExprSyntax? {
        switch self {
        case .expr(let expression): expression
        case .stmt(let statement): statement.as(ExpressionStmtSyntax.self)?.expression
        case .decl: nil
        }
    }
}

extension ExprSyntax {
    /// Whether this expression gives a value when it is a body's only statement: anything but an `if` or
    /// `switch` whose branches are not all single expressions (those are statements, with `return`s inside).
    var isValueExpression: Bool {
        if let ifExpression = self.as(IfExprSyntax.self) {
            guard ifExpression.body.statements.isSingleExpression else { return false }
            switch ifExpression.elseBody {
            case .ifExpr(let nested)?: return ExprSyntax(nested).isValueExpression
            case .codeBlock(let block)?: return block.statements.isSingleExpression
            case nil: return false
            }
        }
        if let switchExpression = self.as(SwitchExprSyntax.self) {
            return switchExpression.cases.allSatisfy { element in
                guard case .switchCase(let switchCase) = element else { return false }
                return switchCase.statements.isSingleExpression
            }
        }
        return true
    }
}

extension CodeBlockItemListSyntax {
    /// Whether the list is one expression that gives a value.
    var isSingleExpression: Bool {
        count == 1 && first?.item.singleExpression?.isValueExpression == true
    }

    /// How many `$0`, `$1`... parameters a closure body uses (not counting nested closures').
    var shorthandParameterCount: Int {
        final class Finder: SyntaxVisitor {
            var count = 0
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
                if case .dollarIdentifier(let text) = token.tokenKind, let index = Int(text.dropFirst()) {
                    count = Swift.max(count, index + 1)
                }
                return .skipChildren
            }
        }
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(self)
        return finder.count
    }
}

extension Runtime {
    /// Declares a global function; a function of the same name with other argument labels stays as an
    /// overload (`f(x:)` and `f(y:)`), one with the same labels is replaced.
    func declareGlobalFunction(_ name: String, _ function: Function) {
        var overloads: [Function] = [function]
        if let index = globals.index(of: name), case .function(let existing) = globals[index].value {
            let previous: [Function] =
                if case .overloads(let list) = existing.body { list } else { [existing] }
            overloads += previous.filter { $0.labels != nil && $0.labels != function.labels }
        }
        let value: Function = overloads.count == 1 ? function : Function(name: name, body: .overloads(overloads))
        globals.declare(name, Variable(.function(value), isConstant: true))
    }
}
