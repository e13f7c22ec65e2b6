import SwiftSyntax

extension Compiler {
    /// A compiled `case`: its patterns (each with an optional `where`), and its body.
    private struct CompiledCase<Body> {
        let items: [(matcher: Matcher, condition: Evaluator?)]
        let body: Body
        let isDefault: Bool

        func matches(_ frame: Frame, _ value: Value) throws -> Bool {
            if isDefault { return true }
            for item in items where try item.matcher(frame, value) {
                if let condition = item.condition, !(try condition(frame).truthValue) { continue }
                return true
            }
            return false
        }
    }

    private func compileCases<Body>(
        _ switchExpression: SwitchExprSyntax, body: (CodeBlockItemListSyntax) throws -> Body
    ) throws -> [CompiledCase<Body>] {
        try switchExpression.cases.map { element in
            guard case .switchCase(let switchCase) = element else {
                throw compileError("`#if` is not supported in lesson cells", at: element)
            }
            return try context.withBlock {
                switch switchCase.label {
                case .default:
                    return CompiledCase(items: [], body: try body(switchCase.statements), isDefault: true)
                case .case(let label):
                    let items = try label.caseItems.map { item in
                        (
                            matcher: try compilePattern(item.pattern, binding: nil),
                            condition: try item.whereClause.map { try compileExpression($0.condition) }
                        )
                    }
                    return CompiledCase(items: items, body: try body(switchCase.statements), isDefault: false)
                }
            }
        }
    }

    func compileSwitchStatement(_ switchExpression: SwitchExprSyntax) throws -> Executor {
        try checkExhaustiveness(switchExpression)
        let subject = try compileExpression(switchExpression.subject)
        let cases = try compileCases(switchExpression) { try compileStatements($0) }
        let spot = spot(switchExpression.switchKeyword)
        return { frame in
            let value = try subject(frame)
            guard var index = try cases.firstIndex(where: { try $0.matches(frame, value) }) else {
                throw RuntimeError(
                    "no case of this 'switch' matches \(try frame.runtime.text(of: value, style: .debug))", at: spot)
            }
            while true {
                switch try cases[index].body(frame) {
                case .next, .breakLoop(label: nil): return .next
                case .fallthroughCase where index + 1 < cases.count: index += 1
                case .fallthroughCase: return .next
                case let flow: return flow
                }
            }
        }
    }

    func compileSwitchExpression(_ switchExpression: SwitchExprSyntax) throws -> Evaluator {
        try checkExhaustiveness(switchExpression)
        let subject = try compileExpression(switchExpression.subject)
        let cases = try compileCases(switchExpression) { try compileBranchValue($0) }
        let spot = spot(switchExpression.switchKeyword)
        return { frame in
            let value = try subject(frame)
            for switchCase in cases where try switchCase.matches(frame, value) {
                return try switchCase.body(frame)
            }
            throw RuntimeError(
                "no case of this 'switch' matches \(try frame.runtime.text(of: value, style: .debug))", at: spot)
        }
    }
}
