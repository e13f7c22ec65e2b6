import SwiftSyntax

extension TypeChecker {
    /// `if` used as a statement: conditions, then each branch in its own scope.
    func checkIf(_ ifExpression: IfExprSyntax) throws {
        try inScope {
            try checkConditions(ifExpression.conditions)
            try checkStatements(ifExpression.body.statements)
        }
        switch ifExpression.elseBody {
        case .ifExpr(let nested)?: try checkIf(nested)
        case .codeBlock(let block)?: try checkBlock(block.statements)
        case nil: break
        }
    }

    /// `switch` used as a statement: the subject, then each case with the names its patterns bind.
    func checkSwitch(_ switchExpression: SwitchExprSyntax) throws {
        _ = try infer(switchExpression.subject)
        for element in switchExpression.cases {
            guard case .switchCase(let switchCase) = element else { continue }
            try inScope {
                if case .case(let label) = switchCase.label {
                    for item in label.caseItems {
                        declarePatternNames(item.pattern, isConstant: true)
                        if let condition = item.whereClause?.condition { try checkCondition(condition) }
                    }
                }
                try checkStatements(switchCase.statements)
            }
        }
    }

    /// The conditions of an `if`, `guard` or `while`, binding names in the current scope.
    func checkConditions(_ conditions: ConditionElementListSyntax) throws {
        for element in conditions {
            switch element.condition {
            case .expression(let expression): try checkCondition(expression)
            case .optionalBinding(let binding): try checkOptionalBinding(binding)
            case .matchingPattern(let matching):
                _ = try infer(matching.initializer.value)
                declarePatternNames(matching.pattern, isConstant: true)
            case .availability: break
            }
        }
    }

    /// `if let x = value`, `if var x`, `if let x`: `x` is the value unwrapped.
    private func checkOptionalBinding(_ binding: OptionalBindingConditionSyntax) throws {
        let isConstant = binding.bindingSpecifier.tokenKind == .keyword(.let)
        let annotation = binding.typeAnnotation.map { environment.resolve($0.type, generics: body.generics) }
        var type: StaticType = .unknown
        if let initializer = binding.initializer {
            type = try infer(initializer.value, expected: annotation.map { .optional($0) })
            if type.wrappedType == nil, type.isFullyKnown, environment.isClosed(type), type != .nilLiteral {
                throw typeError(
                    "initializer for conditional binding must have Optional type, not '\(type.defaulted.description)'",
                    at: binding)
            }
        } else if let identifier = binding.pattern.as(IdentifierPatternSyntax.self) {
            type = lookup(identifier.identifier.text).valueType
        }
        let unwrapped: StaticType = annotation ?? type.wrappedType ?? .unknown
        bind(binding.pattern, to: unwrapped, isConstant: isConstant)
    }

    /// A condition: the expression must be a `Bool`.
    func checkCondition(_ expression: ExprSyntax) throws {
        let type = try infer(expression, expected: .bool)
        if let message = conditionMessage(for: type, expression) { throw typeError(message, at: anchor(expression)) }
    }

    /// swiftc's message for a value of `type` used as a condition, or `nil` when it may be one.
    func conditionMessage(for type: StaticType, _ expression: ExprSyntax) -> String? {
        switch type {
        case .bool, .unknown: return nil
        case .int: return "type 'Int' cannot be used as a boolean; test for '!= 0' instead"
        case .integerLiteral:
            guard let literal = expression.as(IntegerLiteralExprSyntax.self) else { return nil }
            return integerLiteralAsBoolean(literal)
        case .optional(let wrapped):
            guard type.isFullyKnown, environment.isClosed(wrapped) else { return nil }
            return "optional type '\(type.description)' cannot be used as a boolean; test for '!= nil' instead"
        default:
            guard type.isFullyKnown, environment.isClosed(type) else { return nil }
            return "cannot convert value of type '\(type.description)' to expected condition type 'Bool'"
        }
    }

    /// `integer literal value '1' cannot be used as a boolean; did you mean 'true'?`
    func integerLiteralAsBoolean(_ literal: IntegerLiteralExprSyntax) -> String {
        let text = literal.literal.text
        let meant = text == "0" ? "false" : "true"
        return "integer literal value '\(text)' cannot be used as a boolean; did you mean '\(meant)'?"
    }

    /// Binds the names of a `let`/`var`/`for` pattern to the parts of `type`: a name takes the whole type, a
    /// tuple pattern takes the elements of a tuple type.
    func bind(_ pattern: PatternSyntax, to type: StaticType, isConstant: Bool) {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let identifier):
            declareVariable(identifier.identifier.text, type, isConstant: isConstant)
        case .valueBindingPattern(let binding):
            let constant = binding.bindingSpecifier.tokenKind == .keyword(.let)
            bind(binding.pattern, to: type, isConstant: constant)
        case .tuplePattern(let tuple):
            var elementTypes: [StaticType] = Array(repeating: .unknown, count: tuple.elements.count)
            if case .tuple(let elements, _) = type, elements.count == tuple.elements.count { elementTypes = elements }
            for (element, elementType) in zip(tuple.elements, elementTypes) {
                bind(element.pattern, to: elementType, isConstant: isConstant)
            }
        case .wildcardPattern: break
        default: declarePatternNames(pattern, isConstant: isConstant)
        }
    }

    /// Declares every name a pattern binds, of unknown type (enum payloads, `case let`, casts).
    func declarePatternNames(_ pattern: some SyntaxProtocol, isConstant: Bool) {
        for name in patternNames(Syntax(pattern)) { declareVariable(name, .unknown, isConstant: isConstant) }
    }

    /// The names bound anywhere in a pattern (not inside closures).
    private func patternNames(_ pattern: Syntax) -> [String] {
        final class Finder: SyntaxVisitor {
            var names: [String] = []
            override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
                names.append(node.identifier.text)
                return .skipChildren
            }
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
        }
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(pattern)
        return finder.names
    }
}
