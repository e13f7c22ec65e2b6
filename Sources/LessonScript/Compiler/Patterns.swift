import SwiftSyntax

/// Tests a value against a compiled pattern, binding the pattern's variables when it matches.
typealias Matcher = (Frame, Value) throws -> Bool

extension Compiler {
    /// A new variable named `name` in the current scope (a global in a cell's top-level code), set by the
    /// returned closure.
    func declareVariable(
        _ name: String, isConstant: Bool, declaredType: TypeAnnotation? = nil
    ) -> (Frame, Value) -> Void {
        if name == "_" { return { _, _ in } }
        let declaredType = declaredType?.convertsLiterals == true ? declaredType : nil
        if context.declaresGlobals {
            return { frame, value in
                frame.runtime.globals.declare(
                    name, Variable(value, isConstant: isConstant, declaredType: declaredType))
            }
        }
        let slot = context.declareLocal(name)
        return { frame, value in
            frame.slots[slot] = Variable(value, isConstant: isConstant, declaredType: declaredType)
        }
    }

    /// Compiles a pattern; `binding` is `let`/`var` (its constness) inside `case let`, `nil` outside.
    func compilePattern(_ pattern: PatternSyntax, binding: Bool?) throws -> Matcher {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let identifier):
            let declare = declareVariable(identifier.identifier.text, isConstant: binding ?? true)
            return { frame, value in
                declare(frame, value)
                return true
            }
        case .wildcardPattern:
            return { _, _ in true }
        case .tuplePattern(let tuple):
            let elements = try tuple.elements.map { try compilePattern($0.pattern, binding: binding) }
            let spot = spot(tuple)
            return { frame, value in
                guard case .tuple(let values) = value, values.elements.count == elements.count else {
                    throw RuntimeError(
                        "value of type '\(value.typeName)' does not match a tuple pattern of \(elements.count) elements",
                        at: spot)
                }
                for (matcher, element) in zip(elements, values.elements) where !(try matcher(frame, element)) {
                    return false
                }
                return true
            }
        case .valueBindingPattern(let valueBinding):
            return try compilePattern(
                valueBinding.pattern, binding: valueBinding.bindingSpecifier.tokenKind == .keyword(.let))
        case .expressionPattern(let expressionPattern):
            return try compileExpressionPattern(expressionPattern.expression, binding: binding)
        case .isTypePattern(let isType):
            let annotation = TypeAnnotation(isType.type)
            return { frame, value in frame.runtime.value(value, matches: annotation) }
        default:
            throw compileError("this pattern is not supported in lesson cells", at: pattern)
        }
    }

    /// An expression used as a pattern: `_`, `let x` inside, tuples, enum cases with associated values
    /// (`.some(let x)`, `.circle(let r)`), `x?`, or a value compared with `~=` (ranges contain, others equal).
    private func compileExpressionPattern(_ expression: ExprSyntax, binding: Bool?) throws -> Matcher {
        if let patternExpression = expression.as(PatternExprSyntax.self) {
            return try compilePattern(patternExpression.pattern, binding: binding)
        }
        if expression.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        if let binding, let reference = expression.as(DeclReferenceExprSyntax.self),
            case .identifier(let name) = reference.baseName.tokenKind
        {
            let declare = declareVariable(name, isConstant: binding)
            return { frame, value in
                declare(frame, value)
                return true
            }
        }
        if let tuple = expression.as(TupleExprSyntax.self) {
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try compileExpressionPattern(only.expression, binding: binding)
            }
            let elements = try tuple.elements.map { try compileExpressionPattern($0.expression, binding: binding) }
            return { frame, value in
                guard case .tuple(let values) = value, values.elements.count == elements.count else { return false }
                for (matcher, element) in zip(elements, values.elements) where !(try matcher(frame, element)) {
                    return false
                }
                return true
            }
        }
        if let cast = expression.as(AsExprSyntax.self) {
            // `let error as ValidationError`: the value must be of the type, then matches the inner pattern.
            let annotation = TypeAnnotation(cast.type)
            let inner = try compileExpressionPattern(cast.expression, binding: binding)
            return { frame, value in
                guard frame.runtime.value(value, matches: annotation) else { return false }
                return try inner(frame, value)
            }
        }
        if let chaining = expression.as(OptionalChainingExprSyntax.self) {
            let inner = try compileExpressionPattern(chaining.expression, binding: binding)
            return { frame, value in
                guard case .optional(let wrapped?) = value else { return false }
                return try inner(frame, wrapped)
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self),
            let access = call.calledExpression.as(MemberAccessExprSyntax.self)
        {
            return try compileCasePattern(access.declName.baseName.text, call.arguments, binding: binding)
        }
        let evaluator = try compileExpression(expression)
        let spot = spot(expression)
        // `.dropout` matches the case `dropout(0.5)` whatever its associated values.
        let caseName = expression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
        return { frame, value in
            let pattern = try evaluator(frame)
            if case .function = pattern, case .enumCase(let enumCase) = value, enumCase.name == caseName {
                return true
            }
            return try located(spot) { try frame.runtime.patternMatches(pattern, value) }
        }
    }

    /// `.name(p1, p2)`: an enum case (or `.some`) whose associated values match the sub-patterns.
    private func compileCasePattern(
        _ name: String, _ arguments: LabeledExprListSyntax, binding: Bool?
    ) throws
        -> Matcher
    {
        let elements = try arguments.map { try compileExpressionPattern($0.expression, binding: binding) }
        return { frame, value in
            if name == "some" {
                guard case .optional(let wrapped?) = value, elements.count == 1 else { return false }
                return try elements[0](frame, wrapped)
            }
            guard case .enumCase(let enumCase) = value, enumCase.name == name else { return false }
            let payload = enumCase.payload?.elements ?? []
            guard payload.count == elements.count else { return false }
            for (matcher, element) in zip(elements, payload) where !(try matcher(frame, element)) { return false }
            return true
        }
    }

    func compileVariableDeclaration(_ declaration: VariableDeclSyntax) throws -> Executor {
        let isConstant = declaration.bindingSpecifier.tokenKind == .keyword(.let)
        let executors: [Executor] = try declaration.bindings.map { binding in
            if let accessors = binding.accessorBlock {
                throw compileError(
                    "computed variables are only supported as properties of a struct or class", at: accessors)
            }
            let annotation = binding.typeAnnotation.map { TypeAnnotation($0.type) }
            // A variable of a declared type converts what later assignments store (`x = 3` into a `Double?`).
            func makeMatcher(isConstant: Bool) throws -> Matcher {
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), let annotation else {
                    return try compilePattern(binding.pattern, binding: isConstant)
                }
                let declare = declareVariable(
                    identifier.identifier.text, isConstant: isConstant, declaredType: annotation)
                return { frame, value in
                    declare(frame, value)
                    return true
                }
            }
            guard let initializer = binding.initializer else {
                let initial: Value = if case .optional? = annotation { .null } else { .void }
                let matcher = try makeMatcher(isConstant: false)
                return { frame in
                    _ = try matcher(frame, initial)
                    return .next
                }
            }
            let value = try compileExpression(initializer.value, as: annotation)
            let matcher = try makeMatcher(isConstant: isConstant)
            return { frame in
                _ = try matcher(frame, try value(frame))
                return .next
            }
        }
        if executors.count == 1 { return executors[0] }
        return { frame in
            for executor in executors { _ = try executor(frame) }
            return .next
        }
    }
}
