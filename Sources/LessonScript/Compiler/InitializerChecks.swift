import SwiftSyntax

extension Compiler {
    /// swiftc's `immutable value 'self.x' may only be initialized once`: an initializer assigning a `let`
    /// property that its declaration already gave a value.
    func checkInitializedOnce(_ assignment: InfixOperatorExprSyntax) throws {
        guard context.isInitializer, let type = context.memberType,
            let access = assignment.leftOperand.as(MemberAccessExprSyntax.self),
            access.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
        else { return }
        let name = access.declName.baseName.text
        guard let index = type.fieldIndices[name], type.superclass?.fieldIndices[name] == nil else { return }
        let property = type.storedProperties[index]
        if property.isConstant, property.defaultValue != nil {
            throw compileError(
                "immutable value 'self.\(name)' may only be initialized once", at: assignment.operator)
        }
    }

    /// swiftc's `'self' used in property access 'name' before 'super.init' call` (or `in method call`): a
    /// subclass's initializer using an inherited member in the statements before its `super.init(...)`.
    func checkSelfBeforeSuperInit(_ initializer: InitializerDeclSyntax, in type: TypeDefinition) throws {
        guard type.kind == .classType, let parent = type.superclass, let body = initializer.body?.statements,
            let superCall = body.firstIndex(where: { CodeBlockItemListSyntax([$0]).initializerCall(on: .super) != nil })
        else { return }
        var locals = Set(initializer.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text })
        for item in body[..<superCall] {
            if let variable = item.item.as(VariableDeclSyntax.self) {
                locals.formUnion(variable.bindings.flatMap(\.pattern.boundNames))
            }
            let finder = InheritedMemberFinder(parent: parent, locals: locals)
            finder.walk(item)
            if let (message, node) = finder.found { throw compileError(message, at: node) }
        }
    }
}

/// The first use of an inherited member in a statement: `name`, `self.name`, `describe()`.
private final class InheritedMemberFinder: SyntaxVisitor {
    let parent: TypeDefinition
    let locals: Set<String>
    var found: (String, Syntax)?

    init(parent: TypeDefinition, locals: Set<String>) {
        self.parent = parent
        self.locals = locals
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
        guard node.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) else {
            return .visitChildren
        }
        use(node.declName.baseName.text, at: Syntax(node), name: Syntax(node.declName))
        return .skipChildren
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        let name = node.baseName.text
        if case .identifier = node.baseName.tokenKind, !locals.contains(name),
            node.parent?.as(MemberAccessExprSyntax.self)?.declName.id != node.id
        {
            use(name, at: Syntax(node), name: Syntax(node))
        }
        return .skipChildren
    }

    private func use(_ name: String, at expression: Syntax, name nameNode: Syntax) {
        guard found == nil, parent.hasInstanceMember(name) else { return }
        if let call = expression.parent?.as(FunctionCallExprSyntax.self), call.calledExpression.id == expression.id {
            found = ("'self' used in method call '\(name)' before 'super.init' call", nameNode)
            return
        }
        let message = "'self' used in property access '\(name)' before 'super.init' call"
        // Assigning an inherited property is reported at the `=`.
        if let assignment = expression.parent?.as(InfixOperatorExprSyntax.self), assignment.isAssignment,
            assignment.leftOperand.id == expression.id
        {
            found = (message, Syntax(assignment.operator))
            return
        }
        found = (message, nameNode)
    }
}
