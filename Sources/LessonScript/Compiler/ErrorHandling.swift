import SwiftSyntax

/// A value thrown by a cell's `throw`, travelling to the nearest `catch`.
struct ThrownValue: Error {
    let value: Value
    /// The `throw` statement that threw it, for the message when nothing catches it.
    var spot: SourceSpot?
}

extension Compiler {
    func compileThrow(_ throwStatement: ThrowStmtSyntax) throws -> Executor {
        try checkErrorHandled(at: throwStatement, isThrowStatement: true)
        try checkThrownType(throwStatement.expression)
        let value = try compileExpression(throwStatement.expression)
        let spot = spot(throwStatement)
        let valueSpot = self.spot(throwStatement.expression)
        return { frame in
            let thrown = try value(frame)
            guard frame.runtime.isError(thrown) else {
                throw RuntimeError(
                    "thrown expression type '\(thrown.typeName)' does not conform to 'Error'", at: valueSpot)
            }
            throw ThrownValue(value: thrown, spot: spot)
        }
    }

    func compileTry(_ tryExpression: TryExprSyntax) throws -> Evaluator {
        let operand = try compileExpression(tryExpression.expression)
        let spot = spot(tryExpression.tryKeyword)
        switch tryExpression.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            return { frame in
                do {
                    let value = try operand(frame)
                    if case .optional = value { return value }
                    return .optional(value)
                } catch is ThrownValue {
                    return .null
                }
            }
        case .exclamationMark?:
            return { frame in
                do {
                    return try operand(frame)
                } catch let thrown as ThrownValue {
                    let text = try frame.runtime.text(of: thrown.value, style: .debug)
                    throw RuntimeError("'try!' expression unexpectedly raised an error: \(text)", at: spot)
                }
            }
        default:
            try checkErrorHandled(at: tryExpression, isThrowStatement: false)
            return operand
        }
    }

    /// `do { ... } catch pattern { ... } catch { ... }`: a thrown value goes to the first clause whose pattern
    /// matches; a clause without pattern binds it as `error`.
    func compileDo(_ doStatement: DoStmtSyntax) throws -> Executor {
        let body = try compileBlock(doStatement.body)
        let clauses: [(matchers: [Matcher], body: Executor)] = try doStatement.catchClauses.map { clause in
            try context.withBlock {
                var matchers: [Matcher] = []
                if clause.catchItems.isEmpty {
                    let declare = declareVariable("error", isConstant: true)
                    matchers.append { frame, value in
                        declare(frame, value)
                        return true
                    }
                }
                for item in clause.catchItems {
                    guard let pattern = item.pattern else { continue }
                    let matcher = try compilePattern(pattern, binding: nil)
                    let condition = try item.whereClause.map { try compileExpression($0.condition) }
                    matchers.append { frame, value in
                        guard try matcher(frame, value) else { return false }
                        return try condition.map { try $0(frame).truthValue } ?? true
                    }
                }
                return (matchers, try compileStatements(clause.body.statements))
            }
        }
        return { frame in
            do {
                return try body(frame)
            } catch let thrown as ThrownValue {
                for clause in clauses where try clause.matchers.contains(where: { try $0(frame, thrown.value) }) {
                    return try clause.body(frame)
                }
                throw thrown
            }
        }
    }
}

extension Runtime {
    /// Whether `value` may be thrown: a value of a type that conforms to `Error` (or a library's error object).
    func isError(_ value: Value) -> Bool {
        if case .native = value { return true }
        return value.declaredType(in: self)?.isKind(of: "Error") ?? false
    }
}
