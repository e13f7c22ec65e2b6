import SwiftSyntax

extension Runtime {
    /// Makes every top-level name a failed cell declares undefined for the cells below (they fail with "the cell
    /// that declares it failed"), instead of leaving them the value an earlier cell gave the name or the part of
    /// the failed cell that ran.
    func undefineNames(declaredBy cell: CellSource) {
        for name in cell.tree.statements.flatMap(\.item.declaredNames) {
            globals.declare(name, Variable(.void, isConstant: true, isUndefined: true))
        }
    }
}

extension CodeBlockItemSyntax.Item {
    /// The names a top-level item declares: variables (also in tuple patterns), functions and types.
    var declaredNames: [String] {
        guard case .decl(let declaration) = self else { return [] }
        if let name = declaration.declaredTypeName { return [name] }
        if let function = declaration.as(FunctionDeclSyntax.self) { return [function.name.text] }
        guard let variable = declaration.as(VariableDeclSyntax.self) else { return [] }
        return variable.bindings.flatMap { $0.pattern.boundNames }
    }
}

extension PatternSyntax {
    /// The names a declaration's pattern binds: `x`, or `a` and `b` in `(a, b)`.
    var boundNames: [String] {
        if let identifier = self.as(IdentifierPatternSyntax.self) { return [identifier.identifier.text] }
        if let tuple = self.as(TuplePatternSyntax.self) { return tuple.elements.flatMap(\.pattern.boundNames) }
        if let binding = self.as(ValueBindingPatternSyntax.self) { return binding.pattern.boundNames }
        return []
    }
}
