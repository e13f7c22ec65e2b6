import SwiftSyntax

extension Compiler {
    /// `place = value`, and `(a, b) = (b, a)`.
    func compileAssignment(_ infix: InfixOperatorExprSyntax) throws -> Evaluator {
        let value = try compileExpression(infix.rightOperand)
        if let tuple = infix.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            let places = try tuple.elements.map { element in
                guard let place = try compilePlace(element.expression) else {
                    throw compileError("cannot assign to this expression", at: element)
                }
                return place
            }
            let spot = spot(infix.leftOperand)
            return { frame in
                guard case .tuple(let values) = try value(frame), values.elements.count == places.count else {
                    throw RuntimeError(
                        "cannot assign a value that is not a tuple of \(places.count) elements", at: spot)
                }
                for (place, element) in zip(places, values.elements) {
                    try place.modify(frame) { $0 = element.adapted(replacing: $0) }
                }
                return .void
            }
        }
        guard let place = try compilePlace(infix.leftOperand) else {
            throw compileError("cannot assign to this expression", at: infix.leftOperand)
        }
        return { frame in
            let newValue = try value(frame)
            try place.modify(frame) { $0 = newValue.adapted(replacing: $0) }
            return .void
        }
    }

    /// `place op= value`: a library object with an in-place operator changes itself; otherwise
    /// `place = place op value` (arrays and strings append in place).
    func compileCompoundAssignment(_ infix: InfixOperatorExprSyntax, _ op: BinaryOperator) throws -> Evaluator {
        guard let place = try compilePlace(infix.leftOperand) else {
            throw compileError("left side of mutating operator isn't mutable", at: infix.leftOperand)
        }
        let literal = literalNumber(infix.rightOperand)
        let value = try compileExpression(infix.rightOperand)
        let spot = spot(infix.operator)
        let numeric = NumericOperator(op)
        return { frame in
            var operand = try value(frame)
            let runtime = frame.runtime
            try place.modify(frame) { current in
                if case .double = current, let literal, !literal.hasFloatLiteral { operand = .double(literal.double) }
                if let result = numeric?.apply(current, operand) {
                    current = result
                    return
                }
                try located(spot) { try runtime.compoundAssign(&current, op, operand) }
            }
            return .void
        }
    }
}

extension Runtime {
    /// `current op= operand`.
    func compoundAssign(_ current: inout Value, _ op: BinaryOperator, _ operand: Value) throws {
        switch (current, op, operand) {
        case (.native(let object), _, _):
            if let inPlace = bindings.binding(for: object)?.lookup({ $0.inPlaceOperators[op] }) {
                try inPlace(object, operand)
                return
            }
        case (.array(var elements), .add, .array(let more)):
            current = .void
            defer { current = .array(elements) }
            try append(more, to: &elements)
            return
        case (.string(var text), .add, _):
            current = .void
            defer { current = .string(text) }
            try append(try operand.asString(), to: &text)
            return
        default:
            if current.declaredType(in: self) != nil, try declaredCompoundAssign(op.spelling + "=", &current, operand) {
                return
            }
        }
        current = try binary(op, current, operand)
    }
}

extension Value {
    /// The value as stored into a variable that holds `old`: an `Int` replacing a `Double` becomes a `Double`,
    /// a plain value replacing an optional becomes optional (Swift's contextual typing of the assigned value).
    func adapted(replacing old: Value) -> Value {
        if case .optional = self, case .optional = old { return self }
        // Inside as many levels of `Optional` as `old` has (a loop, not recursion: they may be many).
        var levels = 0
        var innermost: Value? = old
        while case .optional(let wrapped)? = innermost {
            levels += 1
            innermost = wrapped
        }
        var result = innermost.map { adaptedAsPlainValue(replacing: $0) } ?? self
        for _ in 0..<levels { result = .optional(result) }
        return result
    }

    private func adaptedAsPlainValue(replacing old: Value) -> Value {
        switch (old, self) {
        case (.double, .int(let integer)): return .double(Double(integer))
        case (.array(let oldElements), .array(let elements)):
            guard case .double? = oldElements.first,
                elements.contains(where: { if case .int = $0 { true } else { false } })
            else { return self }
            return converted(to: .array(.named("Double")))
        default: return self
        }
    }
}
