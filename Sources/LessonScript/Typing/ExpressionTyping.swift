import SwiftSyntax

extension TypeChecker {
    /// The type of `expression`, checking it on the way; `expected` is the type its context wants, which types
    /// literals (`let x: Double = 3`), `nil`, implicit members (`.north`) and closures' parameters.
    func infer(_ expression: ExprSyntax, expected: StaticType? = nil) throws -> StaticType {
        try tick(at: expression)
        guard nestedExpressions < Compiler.maximumNestedExpressions, !isStackExhausted() else { return .unknown }
        nestedExpressions += 1
        defer { nestedExpressions -= 1 }
        let type = try inferNode(expression, expected: expected)
        guard expression.isOptionalChainRoot else { return type }
        switch type {
        case .optional, .unknown: return type
        default: return .optional(type)
        }
    }

    private func inferNode(_ expression: ExprSyntax, expected: StaticType?) throws -> StaticType {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr: return literal(.integerLiteral, expected: expected)
        case .floatLiteralExpr: return literal(.floatLiteral, expected: expected)
        case .booleanLiteralExpr: return .bool
        case .nilLiteralExpr:
            if let expected, case .optional = expected { return expected }
            return .nilLiteral
        case .stringLiteralExpr(let literal): return try inferString(literal, expected: expected)
        case .arrayExpr(let array): return try inferArray(array, expected: expected)
        case .dictionaryExpr(let dictionary): return try inferDictionary(dictionary, expected: expected)
        case .tupleExpr(let tuple): return try inferTuple(tuple, expected: expected)
        case .declReferenceExpr(let reference):
            if reference.argumentNames != nil { return .unknown }
            return lookup(reference.baseName.text).valueType
        case .memberAccessExpr(let access): return try inferMemberAccess(access, expected: expected)
        case .functionCallExpr(let call): return try inferCall(call, expected: expected)
        case .subscriptCallExpr(let subscriptCall): return try inferSubscript(subscriptCall)
        case .closureExpr(let closure): return try inferClosure(closure, expected: expected)
        case .infixOperatorExpr(let infix): return try inferInfix(infix, expected: expected)
        case .prefixOperatorExpr(let prefix): return try inferPrefix(prefix, expected: expected)
        case .postfixOperatorExpr(let postfix):
            _ = try infer(postfix.expression)
            return .unknown
        case .forceUnwrapExpr(let unwrap):
            let wrapped = try infer(unwrap.expression, expected: expected.map { .optional($0) })
            if wrapped.wrappedType == nil, wrapped.isFullyKnown, environment.isClosed(wrapped) {
                throw typeError(
                    "cannot force unwrap value of non-optional type '\(wrapped.defaulted.description)'",
                    at: unwrap.exclamationMark)
            }
            return wrapped.wrappedType ?? .unknown
        case .optionalChainingExpr(let chaining):
            let type = try infer(chaining.expression)
            if type.wrappedType == nil, type.isFullyKnown, environment.isClosed(type) {
                throw typeError(
                    "cannot use optional chaining on non-optional value of type '\(type.defaulted.description)'",
                    at: chaining.questionMark)
            }
            return type.wrappedType ?? .unknown
        case .ternaryExpr(let ternary): return try inferTernary(ternary, expected: expected)
        case .asExpr(let cast): return try inferCast(cast)
        case .isExpr(let check):
            _ = try infer(check.expression)
            return .bool
        case .tryExpr(let tryExpression):
            let type = try infer(tryExpression.expression, expected: expected)
            guard tryExpression.questionOrExclamationMark?.tokenKind == .postfixQuestionMark else { return type }
            return type == .unknown || type.wrappedType != nil ? type : .optional(type)
        case .ifExpr(let ifExpression):
            try checkIf(ifExpression)
            return .unknown
        case .switchExpr(let switchExpression):
            try checkSwitch(switchExpression)
            return .unknown
        default: return .unknown
        }
    }

    /// A number literal: the number type the context expects, or still a literal.
    private func literal(_ literal: StaticType, expected: StaticType?) -> StaticType {
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        switch (literal, target) {
        case (.integerLiteral, .int?), (.integerLiteral, .double?), (.floatLiteral, .double?): return target!
        default: return literal
        }
    }

    private func inferString(_ literal: StringLiteralExprSyntax, expected: StaticType?) throws -> StaticType {
        var isPlain = true
        for segment in literal.segments {
            guard case .expressionSegment(let interpolation) = segment else { continue }
            isPlain = false
            for argument in interpolation.expressions { _ = try infer(argument.expression) }
        }
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        if isPlain, target == .character { return .character }
        if isPlain, case .declared? = target { return .unknown }
        return .string
    }

    private func inferArray(_ array: ArrayExprSyntax, expected: StaticType?) throws -> StaticType {
        var expectedElement: StaticType?
        var isSet = false
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        switch target {
        case .array(let element)?: expectedElement = element
        case .set(let element)?:
            expectedElement = element
            isSet = true
        case .declared?, .unknown?: return try inferElementsOnly(array)
        default: break
        }
        var element: StaticType? = expectedElement
        for item in array.elements {
            let type = try infer(item.expression, expected: expectedElement)
            element = element.map { join($0, type) ?? .unknown } ?? type
        }
        let result = element ?? .unknown
        return isSet ? .set(result) : .array(result)
    }

    /// An array literal where the context may make it something else (a type of the library, a protocol):
    /// its elements are checked, its type is unknown.
    private func inferElementsOnly(_ array: ArrayExprSyntax) throws -> StaticType {
        for item in array.elements { _ = try infer(item.expression) }
        return .unknown
    }

    private func inferDictionary(_ dictionary: DictionaryExprSyntax, expected: StaticType?) throws -> StaticType {
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        var expectedKey: StaticType?
        var expectedValue: StaticType?
        if case .dictionary(let key, let value)? = target {
            expectedKey = key
            expectedValue = value
        } else if target != nil {
            expectedKey = .unknown
            expectedValue = .unknown
        }
        guard case .elements(let elements) = dictionary.content else {
            return .dictionary(expectedKey ?? .unknown, expectedValue ?? .unknown)
        }
        var key = expectedKey
        var value = expectedValue
        for element in elements {
            let keyType = try infer(element.key, expected: expectedKey)
            let valueType = try infer(element.value, expected: expectedValue)
            key = key.map { join($0, keyType) ?? .unknown } ?? keyType
            value = value.map { join($0, valueType) ?? .unknown } ?? valueType
        }
        if target != nil, expectedKey == .unknown { return .unknown }
        return .dictionary(key ?? .unknown, value ?? .unknown)
    }

    private func inferTuple(_ tuple: TupleExprSyntax, expected: StaticType?) throws -> StaticType {
        if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
            return try infer(only.expression, expected: expected)
        }
        if tuple.elements.isEmpty { return .void }
        var expectedElements: [StaticType]?
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        if case .tuple(let elements, _)? = target, elements.count == tuple.elements.count {
            expectedElements = elements
        }
        var types: [StaticType] = []
        for (index, element) in tuple.elements.enumerated() {
            types.append(try infer(element.expression, expected: expectedElements?[index]))
        }
        return .tuple(types, labels: tuple.elements.map { $0.label?.text })
    }

    private func inferTernary(_ ternary: TernaryExprSyntax, expected: StaticType?) throws -> StaticType {
        try checkCondition(ternary.condition)
        let first = try infer(ternary.thenExpression, expected: expected)
        let second = try infer(ternary.elseExpression, expected: expected)
        if let joined = join(first, second) { return joined }
        if expected == nil, first.isPlainValue, second.isPlainValue {
            throw typeError(
                "result values in '? :' expression have mismatching types '\(first.defaulted.description)' and "
                    + "'\(second.defaulted.description)'", at: anchor(ternary.thenExpression))
        }
        return .unknown
    }

    private func inferCast(_ cast: AsExprSyntax) throws -> StaticType {
        _ = try infer(cast.expression)
        let type = environment.resolve(cast.type, generics: body.generics)
        switch cast.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?: return type == .unknown ? .unknown : .optional(type)
        default: return type
        }
    }

    /// The type two values joined in one collection or ternary have: the same type, a literal taking the other's
    /// number type, `nil` making the other optional; `nil` when they do not join.
    func join(_ first: StaticType, _ second: StaticType) -> StaticType? {
        if first == second { return first }
        switch (first, second) {
        case (.unknown, _), (_, .unknown): return .unknown
        case (.integerLiteral, .floatLiteral), (.floatLiteral, .integerLiteral): return .floatLiteral
        case (.integerLiteral, .int), (.integerLiteral, .double), (.floatLiteral, .double): return second
        case (.int, .integerLiteral), (.double, .integerLiteral), (.double, .floatLiteral): return first
        case (.nilLiteral, .optional): return second
        case (.optional, .nilLiteral): return first
        case (.nilLiteral, _): return .optional(second.defaulted)
        case (_, .nilLiteral): return .optional(first.defaulted)
        case (.optional(let wrapped), _): return join(wrapped, second).map { .optional($0) }
        case (_, .optional(let wrapped)): return join(first, wrapped).map { .optional($0) }
        default: return nil
        }
    }
}

extension ExprSyntax {
    /// Whether this is a string literal without interpolation (which may also be a `Character`).
    var isPlainStringLiteral: Bool {
        guard let literal = self.as(StringLiteralExprSyntax.self) else { return false }
        return literal.segments.allSatisfy { if case .stringSegment = $0 { true } else { false } }
    }

    /// Whether this is a number, string or Boolean literal (possibly negated).
    var isLiteral: Bool {
        if let prefix = self.as(PrefixOperatorExprSyntax.self) { return prefix.expression.isLiteral }
        return self.is(IntegerLiteralExprSyntax.self) || self.is(FloatLiteralExprSyntax.self)
            || self.is(StringLiteralExprSyntax.self) || self.is(BooleanLiteralExprSyntax.self)
    }
}
