import SwiftSyntax

extension Compiler {
    /// Compiles `if`/`guard`/`while` conditions: boolean expressions, `let x = optional`, `let x`,
    /// `case pattern = value`; bindings are declared in the current scope.
    func compileConditions(_ conditions: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        // Kept in a struct, not as bare closures in the array (see `StoredEvaluator`).
        struct StoredTest {
            let test: (Frame) throws -> Bool
        }
        var tests: [StoredTest] = []
        for element in conditions { tests.append(StoredTest(test: try compileCondition(element))) }
        if tests.count == 1 { return tests[0].test }
        return { frame in
            for stored in tests where !(try stored.test(frame)) { return false }
            return true
        }
    }

    private func compileCondition(_ element: ConditionElementSyntax) throws -> (Frame) throws -> Bool {
        switch element.condition {
        case .expression(let expression):
            let evaluator = try compileExpression(expression)
            let spot = spot(expression)
            return { frame in
                let value = try evaluator(frame)
                return try located(spot) { try value.truthValue }
            }
        case .optionalBinding(let binding):
            let isConstant = binding.bindingSpecifier.tokenKind == .keyword(.let)
            let annotation = binding.typeAnnotation.map { TypeAnnotation($0.type) }
            let value: Evaluator
            if let initializer = binding.initializer {
                value = try compileExpression(initializer.value, as: annotation.map { .optional($0) })
            } else if let identifier = binding.pattern.as(IdentifierPatternSyntax.self) {
                value = try compileNameRead(identifier.identifier.text, at: identifier)
            } else {
                throw compileError("expected a name to unwrap", at: binding.pattern)
            }
            let matcher = try compilePattern(binding.pattern, binding: isConstant)
            return { frame in
                guard let wrapped = try value(frame).unwrappedOnce else { return false }
                return try matcher(frame, wrapped)
            }
        case .matchingPattern(let matching):
            let value = try compileExpression(matching.initializer.value)
            let matcher = try compilePattern(matching.pattern, binding: nil)
            return { frame in try matcher(frame, try value(frame)) }
        case .availability(let node):
            throw compileError("availability conditions are not supported in lesson cells", at: node)
        }
    }

    func compileIfStatement(_ ifExpression: IfExprSyntax) throws -> Executor {
        let (conditions, body) = try context.withBlock {
            (try compileConditions(ifExpression.conditions), try compileStatements(ifExpression.body.statements))
        }
        let elseBody: Executor? =
            switch ifExpression.elseBody {
            case .ifExpr(let nested)?: try compileIfStatement(nested)
            case .codeBlock(let block)?: try compileBlock(block)
            case nil: nil
            }
        return { frame in
            if try conditions(frame) { return try body(frame) }
            return try elseBody?(frame) ?? .next
        }
    }

    func compileGuard(_ guardStatement: GuardStmtSyntax) throws -> Executor {
        let fallThroughMessage =
            "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope"
        if case .fallsThrough = FallThrough.of(guardStatement.body.statements, jumpsExit: true) {
            throw compileError(fallThroughMessage, at: guardStatement.body.rightBrace)
        }
        let elseBody = try compileBlock(guardStatement.body)
        let conditions = try compileConditions(guardStatement.conditions)
        let spot = spot(guardStatement.body.rightBrace)
        return { frame in
            if try conditions(frame) { return .next }
            let flow = try elseBody(frame)
            if case .next = flow { throw RuntimeError(fallThroughMessage, at: spot) }
            return flow
        }
    }

    /// What a loop does after its body finished with `flow`: go on, stop, or pass the flow outwards.
    private enum LoopStep {
        case proceed
        case stop
        case exit(Flow)
    }

    @inline(__always)
    private static func loopStep(_ flow: Flow, label: String?) -> LoopStep {
        switch flow {
        case .next: return .proceed
        case .continueLoop(let target): return target == nil || target == label ? .proceed : .exit(flow)
        case .breakLoop(let target): return target == nil || target == label ? .stop : .exit(flow)
        case .returnValue, .fallthroughCase: return .exit(flow)
        }
    }

    // Each loop checks the cell's limits once per pass (`Runtime.tick()`); a timeout or a full heap found there
    // is placed at the loop's keyword.

    func compileFor(_ forStatement: ForStmtSyntax, label: String?) throws -> Executor {
        if let node = forStatement.awaitKeyword ?? forStatement.tryKeyword {
            throw compileError("'for \(node.text)' is not supported in lesson cells", at: node)
        }
        let sequence = try compileExpression(forStatement.sequence)
        let sequenceSpot = spot(forStatement.sequence)
        let loopSpot = spot(forStatement)
        let (matcher, condition, body) = try context.withBlock {
            let matcher = try compilePattern(
                forStatement.pattern, binding: forStatement.caseKeyword == nil ? true : nil)
            let condition = try forStatement.whereClause.map { try compileExpression($0.condition) }
            return (matcher, condition, try compileStatements(forStatement.body.statements))
        }
        let step = Compiler.loopStep
        return { frame in
            let runtime = frame.runtime
            let next = try located(sequenceSpot) { try runtime.makeIterator(try sequence(frame)) }
            while let element = try next() {
                try located(loopSpot) { try runtime.tick() }
                guard try matcher(frame, element) else { continue }
                if let condition, !(try condition(frame).truthValue) { continue }
                switch step(try body(frame), label) {
                case .proceed: continue
                case .stop: return .next
                case .exit(let flow): return flow
                }
            }
            return .next
        }
    }

    func compileWhile(_ whileStatement: WhileStmtSyntax, label: String?) throws -> Executor {
        let (conditions, body) = try context.withBlock {
            (try compileConditions(whileStatement.conditions), try compileStatements(whileStatement.body.statements))
        }
        let step = Compiler.loopStep
        let loopSpot = spot(whileStatement)
        return { frame in
            let runtime = frame.runtime
            while try conditions(frame) {
                try located(loopSpot) { try runtime.tick() }
                switch step(try body(frame), label) {
                case .proceed: continue
                case .stop: return .next
                case .exit(let flow): return flow
                }
            }
            return .next
        }
    }

    func compileRepeat(_ repeatStatement: RepeatStmtSyntax, label: String?) throws -> Executor {
        let body = try compileBlock(repeatStatement.body)
        let condition = try compileExpression(repeatStatement.condition)
        let step = Compiler.loopStep
        let loopSpot = spot(repeatStatement)
        return { frame in
            let runtime = frame.runtime
            repeat {
                try located(loopSpot) { try runtime.tick() }
                switch step(try body(frame), label) {
                case .proceed: break
                case .stop: return .next
                case .exit(let flow): return flow
                }
            } while try condition(frame).truthValue
            return .next
        }
    }

    /// `if` used as an expression: each branch is a single expression.
    func compileIfExpression(_ ifExpression: IfExprSyntax) throws -> Evaluator {
        let (conditions, body) = try context.withBlock {
            (try compileConditions(ifExpression.conditions), try compileBranchValue(ifExpression.body.statements))
        }
        let elseBody: Evaluator
        switch ifExpression.elseBody {
        case .ifExpr(let nested)?: elseBody = try compileIfExpression(nested)
        case .codeBlock(let block)?: elseBody = try context.withBlock { try compileBranchValue(block.statements) }
        case nil:
            throw compileError("'if' must have an unconditional 'else' to be used as expression", at: ifExpression)
        }
        return { frame in try conditions(frame) ? try body(frame) : try elseBody(frame) }
    }

    /// The value of an `if`/`switch` expression's branch: its last statement's value.
    func compileBranchValue(_ statements: CodeBlockItemListSyntax) throws -> Evaluator {
        let items = Array(statements)
        guard let last = items.last, let expression = last.item.singleExpression else {
            throw compileError("expected an expression as the value of this branch", at: statements)
        }
        var before: [Executor] = []
        for item in items.dropLast() { before.append(try compileItem(item.item)) }
        let value = try compileExpression(expression)
        return { frame in
            for executor in before { _ = try executor(frame) }
            return try value(frame)
        }
    }
}
