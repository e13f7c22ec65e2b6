import SwiftSyntax

extension TypeChecker {
    /// An infix expression: assignment, compound assignment, or a binary operator.
    func inferInfix(_ infix: InfixOperatorExprSyntax, expected: StaticType?) throws -> StaticType {
        if infix.operator.is(AssignmentExprSyntax.self) {
            try checkAssignment(infix)
            return .void
        }
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            _ = try infer(infix.leftOperand)
            _ = try infer(infix.rightOperand)
            return .unknown
        }
        if let op = BinaryOperator(compoundAssignment: token.text) {
            try checkCompoundAssignment(infix, op, token)
            return .void
        }
        guard let op = BinaryOperator(spelling: token.text) else {
            _ = try infer(infix.leftOperand)
            _ = try infer(infix.rightOperand)
            return .unknown
        }
        switch op {
        case .logicalAnd, .logicalOr:
            for operand in [infix.leftOperand, infix.rightOperand] {
                let type = try infer(operand, expected: .bool)
                if let message = booleanOperandMessage(for: type, operand) {
                    throw typeError(message, at: anchor(operand))
                }
            }
            return .bool
        case .nilCoalescing:
            return try inferNilCoalescing(infix, token)
        default:
            var left = try infer(infix.leftOperand)
            var right = try infer(infix.rightOperand, expected: left.isPlainValue && !left.isNumberLiteral ? left : nil)
            // A string literal next to a `Character` is a `Character` (`c == "a"`).
            if left == .string, right == .character, infix.leftOperand.isPlainStringLiteral { left = .character }
            if right == .string, left == .character, infix.rightOperand.isPlainStringLiteral { right = .character }
            if left == .unknown || right == .unknown { return .unknown }
            if let result = declaredOperatorResult(token.text, left, right) { return result }
            if environment.declaredOperators.contains(token.text) { return .unknown }
            return try binaryResult(op, left, right, infix, token, expected: expected)
        }
    }

    /// The result of an operator function a cell declared for these operands (`static func + (lhs: Money, rhs:
    /// Money) -> Money`), when exactly one fits them.
    private func declaredOperatorResult(_ spelling: String, _ left: StaticType, _ right: StaticType) -> StaticType? {
        var candidates: [FunctionShape] = []
        var typeNames: [String] = []
        for case .declared(let name) in [left, right] where !typeNames.contains(name) { typeNames.append(name) }
        for name in typeNames {
            if case .methods(let methods)? = environment.member(spelling, of: name, isStatic: true) {
                candidates += methods
            }
        }
        if case .functions(let functions)? = environment.names[spelling] { candidates += functions }
        let fitting = candidates.filter { candidate in
            candidate.parameters.count == 2
                && environment.conversion(from: left, to: candidate.parameters[0].type) == .fits
                && environment.conversion(from: right, to: candidate.parameters[1].type) == .fits
        }
        return fitting.count == 1 ? fitting[0].result : nil
    }

    /// `a = b`: `a` must be assignable and `b` of its type.
    private func checkAssignment(_ infix: InfixOperatorExprSyntax) throws {
        let target = infix.leftOperand
        if target.is(DiscardAssignmentExprSyntax.self) {
            _ = try infer(infix.rightOperand)
            return
        }
        if let tuple = target.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            _ = try infer(infix.rightOperand)
            for element in tuple.elements where !element.expression.is(DiscardAssignmentExprSyntax.self) {
                try requireMutable(element.expression, mutation: .assignment)
            }
            return
        }
        try requireMutable(target, mutation: .assignment)
        let type = try infer(target)
        let role: ConversionRole = target.is(SubscriptCallExprSyntax.self) ? .subscriptAssignment : .assignment
        try check(infix.rightOperand, against: type, role: role)
    }

    /// `a op= b`: `a` must be assignable; for numbers and strings, `b` must have `a`'s type.
    private func checkCompoundAssignment(
        _ infix: InfixOperatorExprSyntax, _ op: BinaryOperator, _ token: TokenSyntax
    )
        throws
    {
        try requireMutable(infix.leftOperand, mutation: .compoundAssignment(token))
        let type = try infer(infix.leftOperand)
        let isDeclared =
            environment.declaredOperators.contains(token.text) || environment.declaredOperators.contains(op.spelling)
        switch (type, op) {
        case (_, _) where isDeclared || op == .power: _ = try infer(infix.rightOperand)
        case (.int, .add), (.int, .subtract), (.int, .multiply), (.int, .divide), (.int, .remainder),
            (.double, .add), (.double, .subtract), (.double, .multiply), (.double, .divide), (.string, .add):
            try check(infix.rightOperand, against: type, role: .argument)
        default: _ = try infer(infix.rightOperand)
        }
    }

    /// swiftc's message for an operand of `&&`, `||` or `!` that is not a `Bool`, or `nil`.
    private func booleanOperandMessage(for type: StaticType, _ operand: ExprSyntax) -> String? {
        if type == .int || type.wrappedType != nil { return conditionMessage(for: type, operand) }
        guard type != .bool, type.isFullyKnown, environment.isClosed(type), !type.isNumberLiteral else { return nil }
        return "cannot convert value of type '\(type.description)' to expected argument type 'Bool'"
    }

    /// `a ?? b`: `a` optional, `b` of its wrapped type (or optional itself).
    private func inferNilCoalescing(_ infix: InfixOperatorExprSyntax, _ token: TokenSyntax) throws -> StaticType {
        let left = try infer(infix.leftOperand)
        guard case .optional(let wrapped) = left else {
            _ = try infer(infix.rightOperand)
            return .unknown
        }
        let right = try infer(infix.rightOperand, expected: wrapped)
        if right.wrappedType != nil { return environment.conversion(from: right, to: left) == .fits ? left : .unknown }
        switch environment.conversion(from: right, to: wrapped) {
        case .fits: return wrapped
        case .mismatch where left.isFullyKnown && right.isFullyKnown && right.isPlainValue:
            throw typeError(
                "binary operator '??' cannot be applied to operands of type '\(left.description)' and "
                    + "'\(right.defaulted.description)'", at: token)
        default: return .unknown
        }
    }

    /// The type of `left op right` for the standard library's operators on its own types, or swiftc's error.
    private func binaryResult(
        _ op: BinaryOperator, _ left: StaticType, _ right: StaticType, _ infix: InfixOperatorExprSyntax,
        _ token: TokenSyntax, expected: StaticType?
    ) throws -> StaticType {
        let (lhs, rhs) = unifyingLiterals(left, right)
        if op == .equal || op == .notEqual, case .declared(let name) = lhs, lhs == rhs, lacksEquality(name) {
            throw typeError(
                "binary operator '\(token.text)' cannot be applied to two '\(name)' operands", at: token)
        }
        if let result = standardResult(op, lhs, rhs) { return result }
        if let error = contextualOperandError(op, lhs, rhs, infix, expected: expected) { throw error }
        if let error = operandError(op, lhs, rhs, infix, token) { throw error }
        return .unknown
    }

    /// Whether values of the cell type `name` have no `==`: a struct, a class or an enum with associated values
    /// that is not `Equatable` (nor `Hashable` or `Comparable`, which are), by itself, a superclass or a
    /// protocol, when the checker knows all of them. (An enum without associated values is always `Equatable`.)
    private func lacksEquality(_ name: String) -> Bool {
        guard hasKnownMembers(.declared(name)), let shape = environment.shape(named: name) else { return false }
        if shape.kind == .enumType, shape.cases.values.allSatisfy({ $0.payload == nil }) { return false }
        if shape.kind == .protocolType { return false }
        var visited: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard visited.insert(next).inserted else { continue }
            if ["Equatable", "Hashable", "Comparable"].contains(next) { return false }
            guard let found = environment.shape(named: next) else { continue }
            pending += found.conformances + (found.superclass.map { [$0] } ?? [])
        }
        return true
    }

    /// Arithmetic on two types where the context wants one of them (`let a: Int = x / 2.0`): swiftc takes the
    /// operator of that type and reports the other operand, as an argument of the wrong type.
    private func contextualOperandError(
        _ op: BinaryOperator, _ left: StaticType, _ right: StaticType, _ infix: InfixOperatorExprSyntax,
        expected: StaticType?
    ) -> RuntimeError? {
        let arithmetic: Set<BinaryOperator> = [.add, .subtract, .multiply, .divide, .remainder]
        guard let target = expected, arithmetic.contains(op), target.isPlainValue, !target.isNumberLiteral,
            left.isPlainValue, right.isPlainValue
        else { return nil }
        let (lhs, rhs) = (left.defaulted, right.defaulted)
        let operand: (ExprSyntax, StaticType)? =
            lhs == target && rhs != target
            ? (infix.rightOperand, rhs)
            : rhs == target && lhs != target ? (infix.leftOperand, lhs) : nil
        guard let (expression, type) = operand else { return nil }
        return typeError(
            "cannot convert value of type '\(type.description)' to expected argument type '\(target.description)'",
            at: anchor(expression))
    }

    /// A number literal next to a typed number takes its type, as Swift infers it (`x * 2` with a `Double` `x`).
    func unifyingLiterals(_ left: StaticType, _ right: StaticType) -> (StaticType, StaticType) {
        func adapted(_ literal: StaticType, to other: StaticType) -> StaticType {
            switch (literal, other) {
            case (.integerLiteral, .int), (.integerLiteral, .double), (.floatLiteral, .double): other
            case (.integerLiteral, .optional(let wrapped)) where wrapped == .int || wrapped == .double: wrapped
            case (.floatLiteral, .optional(.double)): .double
            default: literal
            }
        }
        return (adapted(left, to: right), adapted(right, to: left))
    }

    /// The result of a standard operator on operands it accepts, `nil` when it does not accept them.
    private func standardResult(_ op: BinaryOperator, _ left: StaticType, _ right: StaticType) -> StaticType? {
        let literals = left.isNumberLiteral && right.isNumberLiteral
        let literalResult: StaticType =
            left == .floatLiteral || right == .floatLiteral ? .floatLiteral : .integerLiteral
        switch op {
        case .add, .subtract, .multiply, .divide:
            if literals { return literalResult }
            if left == right, left.isNumber { return left }
            if op == .add, left == .string, right == .string { return .string }
            if op == .add, case .array = left, case .array = right { return join(left, right) }
            return nil
        case .remainder:
            if literals, literalResult == .integerLiteral { return .integerLiteral }
            return left == .int && right == .int ? .int : nil
        case .power:
            if literals { return literalResult }
            if left == .int, right == .int { return .int }
            return (left.isNumber || left.isNumberLiteral) && (right.isNumber || right.isNumberLiteral)
                ? .double : .unknown
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            if literals { return .bool }
            let comparable: Set<StaticType> = [.int, .double, .string, .character]
            return left == right && comparable.contains(left) ? .bool : nil
        case .equal, .notEqual:
            if literals || left == right { return .bool }
            if left.wrappedType == right || right.wrappedType == left { return .bool }
            if left == .nilLiteral || right == .nilLiteral { return .bool }
            return left.isPlainValue && right.isPlainValue ? nil : .unknown
        case .halfOpenRange, .closedRange:
            let isClosed = op == .closedRange
            if literals { return .range(literalResult, isClosed: isClosed) }
            return left == right && (left.isNumber || left == .string || left == .character)
                ? .range(left, isClosed: isClosed) : nil
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .shiftLeft, .shiftRight:
            if literals { return .integerLiteral }
            if left == .int, right == .int { return .int }
            return .unknown
        case .identical, .notIdentical, .patternMatch: return .bool
        case .logicalAnd, .logicalOr, .nilCoalescing: return .unknown
        }
    }

    /// swiftc's error for a standard operator whose operands it does not accept, when the checker is sure.
    private func operandError(
        _ op: BinaryOperator, _ left: StaticType, _ right: StaticType, _ infix: InfixOperatorExprSyntax,
        _ token: TokenSyntax
    ) -> RuntimeError? {
        guard left.isFullyKnown, right.isFullyKnown else { return nil }
        let spelling = op.spelling
        if op == .remainder, left == .double || right == .double, left.isNumber || left.isNumberLiteral,
            right.isNumber || right.isNumberLiteral
        {
            return typeError(
                "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: token)
        }
        switch (left, right) {
        case (.optional, _) where op == .equal || op == .notEqual, (_, .optional) where op == .equal || op == .notEqual:
            return nil
        case (.optional(let first), .optional(let second)) where first == second && first.isPlainValue:
            return typeError(
                "binary operator '\(spelling)' cannot be applied to two '\(left.description)' operands", at: token)
        case (.optional(let wrapped), _) where wrapped.isPlainValue && right.isPlainValue:
            return optionalOperandError(wrapped, other: right, at: infix.leftOperand, left)
        case (_, .optional(let wrapped)) where wrapped.isPlainValue && left.isPlainValue:
            return optionalOperandError(wrapped, other: left, at: infix.rightOperand, right)
        default:
            guard left.isPlainValue, right.isPlainValue else { return nil }
            if op == .halfOpenRange || op == .closedRange, left.defaulted != right.defaulted {
                // swiftc names the typed bound first, then the literal one (or the left one first).
                let literalFirst = infix.leftOperand.isLiteral && !infix.rightOperand.isLiteral
                let (first, second) = literalFirst ? (right, left) : (left, right)
                return typeError(
                    "conflicting arguments to generic parameter 'Self' ('\(first.defaulted.description)' vs. "
                        + "'\(second.defaulted.description)')", at: token)
            }
            if left.defaulted == right.defaulted {
                return typeError(
                    "binary operator '\(spelling)' cannot be applied to two '\(left.defaulted.description)' operands",
                    at: token)
            }
            return typeError(
                "binary operator '\(spelling)' cannot be applied to operands of type "
                    + "'\(left.defaulted.description)' and '\(right.defaulted.description)'", at: token)
        }
    }

    /// An optional operand next to a plain one: unwrap it when its wrapped type fits, else it does not convert.
    private func optionalOperandError(
        _ wrapped: StaticType, other: StaticType, at operand: ExprSyntax, _ optional: StaticType
    ) -> RuntimeError {
        if wrapped == other.defaulted || environment.conversion(from: other, to: wrapped) == .fits {
            return typeError(
                "value of optional type '\(optional.description)' must be unwrapped to a value of type "
                    + "'\(wrapped.description)'", at: anchor(operand))
        }
        return typeError(
            "cannot convert value of type '\(optional.description)' to expected argument type "
                + "'\(other.defaulted.description)'", at: anchor(operand))
    }

    /// A prefix operator: `-x`, `!x`, `~x`.
    func inferPrefix(_ prefix: PrefixOperatorExprSyntax, expected: StaticType?) throws -> StaticType {
        let spelling = prefix.operator.text
        guard !environment.declaredOperators.contains(spelling) else {
            _ = try infer(prefix.expression)
            return .unknown
        }
        switch spelling {
        case "!":
            let type = try infer(prefix.expression, expected: .bool)
            if type == .int {
                throw typeError(
                    "type 'Int' cannot be used as a boolean; test for '== 0' instead", at: anchor(prefix.expression))
            }
            if type.wrappedType == nil, let message = booleanOperandMessage(for: type, prefix.expression) {
                throw typeError(message, at: anchor(prefix.expression))
            }
            return type == .bool ? .bool : .unknown
        case "-", "+":
            let type = try infer(prefix.expression, expected: expected)
            if type.isNumber || type.isNumberLiteral || type == .unknown { return type }
            if type.isPlainValue {
                throw typeError(
                    "unary operator '\(spelling)' cannot be applied to an operand of type '\(type.description)'",
                    at: prefix.operator)
            }
            return .unknown
        default:
            let type = try infer(prefix.expression, expected: expected)
            return type == .int || type == .integerLiteral ? type : .unknown
        }
    }
}
