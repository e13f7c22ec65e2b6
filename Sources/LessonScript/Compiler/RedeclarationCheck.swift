import SwiftSyntax

extension Compiler {
    /// swiftc's `invalid redeclaration of 'x'`: within one cell, as in one Swift file, a block (or the cell's top
    /// level, or a type's body) may not declare the same variable or type twice. A later cell may: that is a
    /// notebook's re-run.
    func checkRedeclarations() throws {
        let checker = RedeclarationChecker(viewMode: .sourceAccurate)
        checker.walk(cell.tree)
        if let token = checker.firstRedeclaration {
            throw compileError("invalid redeclaration of '\(token.text)'", at: token)
        }
    }
}

private final class RedeclarationChecker: SyntaxVisitor {
    private(set) var firstRedeclaration: TokenSyntax?

    override func visit(_ node: CodeBlockItemListSyntax) -> SyntaxVisitorContinueKind {
        check(node.compactMap { $0.item.as(DeclSyntax.self) })
        return firstRedeclaration == nil ? .visitChildren : .skipChildren
    }

    override func visit(_ node: MemberBlockItemListSyntax) -> SyntaxVisitorContinueKind {
        check(node.map(\.decl))
        return firstRedeclaration == nil ? .visitChildren : .skipChildren
    }

    private func check(_ declarations: [DeclSyntax]) {
        var seen: Set<String> = []
        for declaration in declarations {
            for token in declaredNames(declaration) where !seen.insert(token.text).inserted {
                if firstRedeclaration == nil { firstRedeclaration = token }
                return
            }
        }
    }

    /// The variables and types a declaration introduces (functions may be overloaded, so they are left out).
    private func declaredNames(_ declaration: DeclSyntax) -> [TokenSyntax] {
        if let variable = declaration.as(VariableDeclSyntax.self) {
            return variable.bindings.flatMap { identifiers(in: $0.pattern) }
        }
        switch declaration.as(DeclSyntaxEnum.self) {
        case .structDecl(let node): return [node.name]
        case .classDecl(let node): return [node.name]
        case .enumDecl(let node): return [node.name]
        case .protocolDecl(let node): return [node.name]
        default: return []
        }
    }

    private func identifiers(in pattern: PatternSyntax) -> [TokenSyntax] {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) { return [identifier.identifier] }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return tuple.elements.flatMap { identifiers(in: $0.pattern) }
        }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return identifiers(in: binding.pattern) }
        return []
    }
}
