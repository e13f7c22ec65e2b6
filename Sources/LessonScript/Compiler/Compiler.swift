import SwiftSyntax

/// Turns a cell's folded syntax tree into closures that run it.
///
/// Compiling resolves each local name to a frame slot (or a captured variable) once, so running code never
/// looks names up by string except for globals, whose index it caches on first use.
final class Compiler {
    let runtime: Runtime
    let cell: CellSource
    var context: FunctionContext
    /// The cell's top-level code, where its type declarations are compiled even when one is needed early.
    let topLevel: FunctionContext
    /// The types this cell declares, by name, as far as they are compiled (a later declaration may inherit from
    /// or conform to them before the cell runs).
    var cellTypes: [String: TypeDefinition] = [:]
    /// The cell's top-level type declarations not compiled yet, so that a class may name a superclass or
    /// protocol declared further down the cell.
    var pendingTypeDeclarations: [String: DeclSyntax] = [:]
    /// Whether each top-level function of this cell is declared `throws` (for swiftc's `try` rule before the
    /// declaration has run).
    var cellFunctionsThrow: [String: Bool] = [:]
    /// Whether a struct of this cell or an earlier one may have a `lazy var`.
    lazy var mayReadLazyProperties = runtime.hasLazyStructs || cell.tree.description.contains("lazy")
    /// The executors of type declarations compiled ahead of their turn, by node.
    var compiledTypeDeclarations: [SyntaxIdentifier: Executor] = [:]
    /// How many expressions enclose the one being compiled: running an expression takes stack for each level,
    /// and calls check the stack only between function bodies, so one body's nesting is bounded here.
    var nestedExpressions = 0
    static let maximumNestedExpressions = 10_000
    /// The `where` clause of the extension whose members are being compiled, given to each of them.
    var extensionConstraint: ReceiverConstraint?
    /// What ``literalNumber(_:)`` found for the composite expressions it was asked about (`nil`: not a literal).
    var literalNumbers: [SyntaxIdentifier: LiteralNumber?] = [:]

    init(runtime: Runtime, cell: CellSource) {
        self.runtime = runtime
        self.cell = cell
        self.topLevel = FunctionContext(parent: nil, isTopLevel: true)
        self.context = topLevel
    }

    /// The position of `node` (its first token, trivia excluded) for error messages.
    func spot(_ node: some SyntaxProtocol) -> SourceSpot {
        SourceSpot(cell: cell, offset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    /// An error at `node`'s position, reported before the cell runs.
    func compileError(_ message: String, at node: some SyntaxProtocol) -> RuntimeError {
        RuntimeError(message, at: spot(node))
    }

    /// Compiles the body of a nested function with `context` as the current context (always inlined, as
    /// `FunctionContext.withBlock`).
    @inline(__always)
    func inContext<T>(_ nested: FunctionContext, _ body: () throws -> T) rethrows -> T {
        let saved = context
        context = nested
        defer { context = saved }
        return try body()
    }
}

/// A compiled cell: its statements, and whether the last one is an expression whose value is displayed.
struct CompiledCell {
    let slotCount: Int
    let body: [Executor]
    let finalExpression: Evaluator?
    /// Where the final expression starts, for an error in displaying its value.
    let finalSpot: SourceSpot?
}

extension Compiler {
    /// Compiles a whole cell. Declarations of functions and types run first, so a cell may call a function it
    /// declares further down, as a Swift file can.
    func compileCell() throws -> CompiledCell {
        try checkAttributes()
        try checkControlTransfers()
        try checkRedeclarations()
        let items = Array(cell.tree.statements)
        for item in items {
            guard case .decl(let declaration) = item.item else { continue }
            if let name = declaration.declaredTypeName { pendingTypeDeclarations[name] = declaration }
            if let function = declaration.as(FunctionDeclSyntax.self) {
                let throwing = function.signature.effectSpecifiers.isThrowing
                cellFunctionsThrow[function.name.text] = throwing && (cellFunctionsThrow[function.name.text] ?? true)
            }
        }
        var hoisted: [Executor] = []
        var body: [Executor] = []
        var finalExpression: Evaluator?
        var finalSpot: SourceSpot?
        for (index, item) in items.enumerated() {
            if index == items.count - 1, let expression = displayedExpression(item.item) {
                finalExpression = try compileExpression(expression)
                finalSpot = spot(expression)
                continue
            }
            let executor = try compileItem(item.item)
            if isHoisted(item.item) { hoisted.append(executor) } else { body.append(executor) }
        }
        return CompiledCell(
            slotCount: context.slotCount, body: hoisted + body, finalExpression: finalExpression, finalSpot: finalSpot)
    }

    private func isHoisted(_ item: CodeBlockItemSyntax.Item) -> Bool {
        guard case .decl(let declaration) = item else { return false }
        return declaration.is(FunctionDeclSyntax.self) || declaration.declaredTypeName != nil
            || declaration.is(ExtensionDeclSyntax.self)
    }

    /// The expression whose value a cell displays: its last item when that is an expression other than an
    /// assignment, `if`/`switch` statement or a call of `print`.
    private func displayedExpression(_ item: CodeBlockItemSyntax.Item) -> ExprSyntax? {
        let expression: ExprSyntax
        switch item {
        case .expr(let expr): expression = expr
        case .stmt(let statement):
            guard let expressionStatement = statement.as(ExpressionStmtSyntax.self) else { return nil }
            expression = expressionStatement.expression
        case .decl: return nil
        }
        if expression.is(IfExprSyntax.self) || expression.is(SwitchExprSyntax.self) { return nil }
        if let infix = expression.as(InfixOperatorExprSyntax.self), infix.isAssignment { return nil }
        return expression
    }
}

extension DeclSyntax {
    /// The name of the struct, class, enum or protocol this declares, if it declares one.
    var declaredTypeName: String? {
        switch self.as(DeclSyntaxEnum.self) {
        case .structDecl(let node): node.name.text
        case .classDecl(let node): node.name.text
        case .enumDecl(let node): node.name.text
        case .protocolDecl(let node): node.name.text
        default: nil
        }
    }
}

extension InfixOperatorExprSyntax {
    /// Whether this is `=` or a compound assignment (`+=`...).
    var isAssignment: Bool {
        if self.operator.is(AssignmentExprSyntax.self) { return true }
        guard let binary = self.operator.as(BinaryOperatorExprSyntax.self) else { return false }
        return BinaryOperator(compoundAssignment: binary.operator.text) != nil
    }
}
