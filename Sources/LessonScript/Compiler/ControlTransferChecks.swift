import SwiftSyntax

extension Compiler {
    /// Checks, before anything is compiled, the rules swiftc applies to `break`, `continue`, `fallthrough`,
    /// `return` in `defer`, `throw` in a `rethrows` function and the shape of `switch` cases, with swiftc's words
    /// at swiftc's place: the first broken rule in the cell is its error.
    func checkControlTransfers() throws {
        let checker = ControlTransferChecker(viewMode: .sourceAccurate)
        checker.walk(cell.tree)
        if let (message, node) = checker.firstError { throw compileError(message, at: node) }
    }
}

/// Walks a cell keeping, for the function (or closure, or `defer` body) being walked, the statements that
/// enclose the current one and can be left by a jump.
private final class ControlTransferChecker: SyntaxVisitor {
    private enum Target {
        case loop(label: String?)
        case switchStatement(label: String?)
        case ifOrDo(label: String?)

        var label: String? {
            switch self {
            case .loop(let label), .switchStatement(let label), .ifOrDo(let label): label
            }
        }
    }

    /// The jumps' world of one function, closure or `defer` body.
    private struct Scope {
        var targets: [Target] = []
        var isDefer = false
        var isRethrows = false
        var catchDepth = 0
    }

    private var scopes = [Scope()]
    private(set) var firstError: (String, Syntax)?

    private var scope: Scope {
        get { scopes[scopes.count - 1] }
        set { scopes[scopes.count - 1] = newValue }
    }

    private func report(_ message: String, _ node: some SyntaxProtocol) {
        if firstError == nil { firstError = (message, Syntax(node)) }
    }

    private func label(of statement: some SyntaxProtocol) -> String? {
        statement.parent?.as(LabeledStmtSyntax.self)?.label.text
    }

    private func enter(_ target: Target) -> SyntaxVisitorContinueKind {
        scope.targets.append(target)
        return firstError == nil ? .visitChildren : .skipChildren
    }

    private func leave() { scope.targets.removeLast() }

    private func enterScope(_ new: Scope) -> SyntaxVisitorContinueKind {
        scopes.append(new)
        return firstError == nil ? .visitChildren : .skipChildren
    }

    private func leaveScope() { scopes.removeLast() }

    // MARK: Statements that jumps leave

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind { enter(.loop(label: label(of: node))) }
    override func visitPost(_ node: ForStmtSyntax) { leave() }
    override func visit(_ node: WhileStmtSyntax) -> SyntaxVisitorContinueKind { enter(.loop(label: label(of: node))) }
    override func visitPost(_ node: WhileStmtSyntax) { leave() }
    override func visit(_ node: RepeatStmtSyntax) -> SyntaxVisitorContinueKind { enter(.loop(label: label(of: node))) }
    override func visitPost(_ node: RepeatStmtSyntax) { leave() }
    override func visit(_ node: IfExprSyntax) -> SyntaxVisitorContinueKind { enter(.ifOrDo(label: label(of: node))) }
    override func visitPost(_ node: IfExprSyntax) { leave() }
    override func visit(_ node: DoStmtSyntax) -> SyntaxVisitorContinueKind { enter(.ifOrDo(label: label(of: node))) }
    override func visitPost(_ node: DoStmtSyntax) { leave() }

    override func visit(_ node: SwitchExprSyntax) -> SyntaxVisitorContinueKind {
        var sawDefault = false
        for element in node.cases {
            guard case .switchCase(let switchCase) = element else { continue }
            if sawDefault, case .case = switchCase.label {
                report("additional 'case' blocks cannot appear after the 'default' block of a 'switch'", switchCase)
            }
            if switchCase.statements.isEmpty {
                let kind = if case .default = switchCase.label { "default" } else { "case" }
                report("'\(kind)' label in a 'switch' must have at least one executable statement", switchCase)
            }
            if case .default = switchCase.label { sawDefault = true }
        }
        return enter(.switchStatement(label: label(of: node)))
    }
    override func visitPost(_ node: SwitchExprSyntax) { leave() }

    override func visit(_ node: CatchClauseSyntax) -> SyntaxVisitorContinueKind {
        scope.catchDepth += 1
        return firstError == nil ? .visitChildren : .skipChildren
    }
    override func visitPost(_ node: CatchClauseSyntax) { scope.catchDepth -= 1 }

    // MARK: Bodies with their own jumps

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        let isRethrows = node.signature.effectSpecifiers?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.rethrows)
        return enterScope(Scope(isRethrows: isRethrows))
    }
    override func visitPost(_ node: FunctionDeclSyntax) { leaveScope() }
    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope()) }
    override func visitPost(_ node: ClosureExprSyntax) { leaveScope() }
    override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope()) }
    override func visitPost(_ node: InitializerDeclSyntax) { leaveScope() }
    override func visit(_ node: AccessorDeclSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope()) }
    override func visitPost(_ node: AccessorDeclSyntax) { leaveScope() }
    override func visit(_ node: DeinitializerDeclSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope()) }
    override func visitPost(_ node: DeinitializerDeclSyntax) { leaveScope() }
    override func visit(_ node: SubscriptDeclSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope()) }
    override func visitPost(_ node: SubscriptDeclSyntax) { leaveScope() }
    override func visit(_ node: DeferStmtSyntax) -> SyntaxVisitorContinueKind { enterScope(Scope(isDefer: true)) }
    override func visitPost(_ node: DeferStmtSyntax) { leaveScope() }

    // MARK: Jumps

    override func visit(_ node: BreakStmtSyntax) -> SyntaxVisitorContinueKind {
        if let label = node.label {
            if !scope.targets.contains(where: { $0.label == label.text }) {
                report("cannot find label '\(label.text)' in scope", label)
            }
            return .skipChildren
        }
        if scope.targets.contains(where: { if case .ifOrDo = $0 { false } else { true } }) { return .skipChildren }
        if scope.isDefer {
            report("'break' cannot transfer control out of a defer statement", node)
        } else if scope.targets.isEmpty {
            report("'break' is only allowed inside a loop, if, do, or switch", node)
        } else {
            report(
                "unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if "
                    + "or do", node)
        }
        return .skipChildren
    }

    override func visit(_ node: ContinueStmtSyntax) -> SyntaxVisitorContinueKind {
        if let label = node.label {
            guard let target = scope.targets.last(where: { $0.label == label.text }) else {
                report("cannot find label '\(label.text)' in scope", label)
                return .skipChildren
            }
            if case .ifOrDo = target { report("'continue' cannot be used with if statements", label) }
            return .skipChildren
        }
        if scope.targets.contains(where: { if case .loop = $0 { true } else { false } }) { return .skipChildren }
        report(
            scope.isDefer
                ? "'continue' cannot transfer control out of a defer statement"
                : "'continue' is only allowed inside a loop", node)
        return .skipChildren
    }

    override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind {
        if scope.isDefer { report("'return' cannot transfer control out of a defer statement", node) }
        return firstError == nil ? .visitChildren : .skipChildren
    }

    override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind {
        if scope.isRethrows, scope.catchDepth == 0 {
            report("a function declared 'rethrows' may only throw if its parameter does", node)
        }
        return firstError == nil ? .visitChildren : .skipChildren
    }

    override func visit(_ node: FallThroughStmtSyntax) -> SyntaxVisitorContinueKind {
        var current = node.parent
        while let ancestor = current {
            if let switchCase = ancestor.as(SwitchCaseSyntax.self) {
                if let list = switchCase.parent?.as(SwitchCaseListSyntax.self), list.last?.id == switchCase.id {
                    report("'fallthrough' without a following 'case' or 'default' block", node)
                }
                return .skipChildren
            }
            if ancestor.is(ClosureExprSyntax.self) || ancestor.is(FunctionDeclSyntax.self) { break }
            current = ancestor.parent
        }
        report("'fallthrough' is only allowed inside a switch", node)
        return .skipChildren
    }
}
