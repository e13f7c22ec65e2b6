import SwiftSyntax

extension Compiler {
    /// `extension T { ... }`: adds methods, computed properties, initializers, subscripts, static members and
    /// protocol conformances to a cell type, a protocol (default implementations), a standard-library type
    /// (`Int`, `Double`, `String`, `Array where Element == Double`...) or a library type (`Tensor`). The members
    /// are added when the cell is compiled, so the cell's own code can use them; a `where` clause goes with each
    /// member and is tested on the receiver (`ReceiverConstraint`).
    func compileExtensionDeclaration(_ declaration: ExtensionDeclSyntax) throws -> Executor {
        let name = extendedTypeName(declaration.extendedType)
        let definition: TypeDefinition
        if let declared = try declaredType(named: name) {
            definition = declared
        } else if BuiltinType(rawValue: name) != nil || runtime.bindings.typesByName[name] != nil {
            definition = runtime.extensionDefinition(for: name)
        } else {
            throw compileError("cannot find type '\(name)' in scope", at: declaration.extendedType)
        }
        let nameToken = declaration.extendedType.firstToken(viewMode: .sourceAccurate) ?? declaration.extensionKeyword
        try readInheritance(declaration.inheritanceClause, of: nameToken, into: definition)
        extensionConstraint = ReceiverConstraint(declaration.genericWhereClause)
        defer { extensionConstraint = nil }
        let staticInitializers = try compileMembers(declaration.memberBlock, in: definition, isExtension: true)
        if definition.kind != .protocolType { try checkConformances(of: definition, at: nameToken) }
        return { frame in
            for (variable, initializer) in staticInitializers { variable.value = try initializer(frame) }
            return .next
        }
    }

    /// The name of an extended type, with sugar and generic arguments removed: `[Double]` is `Array`.
    private func extendedTypeName(_ type: TypeSyntax) -> String {
        if type.is(ArrayTypeSyntax.self) { return "Array" }
        if type.is(DictionaryTypeSyntax.self) { return "Dictionary" }
        if type.is(OptionalTypeSyntax.self) { return "Optional" }
        if let identifier = type.as(IdentifierTypeSyntax.self) { return identifier.name.text }
        return type.trimmedDescription
    }
}

extension Runtime {
    /// The members cells' extensions added to the standard-library or library type `name`, created empty on
    /// first use.
    func extensionDefinition(for name: String) -> TypeDefinition {
        if let existing = extensions[name] { return existing }
        let definition = TypeDefinition(name: name, kind: .extensionType)
        extensions[name] = definition
        return definition
    }
}

extension Value {
    /// The standard-library type a cell's extension would name for this value: `Int`, `Array`...
    var builtinTypeName: String? {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array: "Array"
        case .dictionary: "Dictionary"
        case .set: "Set"
        case .optional: "Optional"
        default: nil
        }
    }
}
