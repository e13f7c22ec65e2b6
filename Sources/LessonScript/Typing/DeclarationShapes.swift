import SwiftSyntax

/// The first step of checking a cell: the signatures of its functions and the shapes of its types, known
/// before any code is checked, since a cell may use them above their declaration (as a Swift file may).
extension TypeChecker {
    /// Declares the cell's top-level names: types first (so that members may name types declared further
    /// down), then their members, extensions and functions; variables are unknown until their declaration is
    /// checked.
    func declareCellNames(_ items: [CodeBlockItemSyntax]) {
        let declarations = items.compactMap { item -> DeclSyntax? in
            if case .decl(let declaration) = item.item { return declaration }
            return nil
        }
        for declaration in declarations {
            if let group = declaration.asProtocol((any DeclGroupSyntax).self), let name = declaration.declaredTypeName {
                environment.names[name] = .type(TypeShape(name: name, kind: Self.kind(of: group)))
            }
            for name in CodeBlockItemSyntax.Item.decl(declaration).declaredNames
            where declaration.is(VariableDeclSyntax.self) {
                environment.names[name] = .unknown
            }
        }
        for declaration in declarations {
            if let group = declaration.asProtocol((any DeclGroupSyntax).self), let name = declaration.declaredTypeName {
                environment.names[name] = .type(shape(of: group, named: name))
            }
        }
        var declaredHere: Set<String> = []
        for declaration in declarations {
            if let extensionDeclaration = declaration.as(ExtensionDeclSyntax.self) {
                addExtension(extensionDeclaration)
            } else if let function = declaration.as(FunctionDeclSyntax.self) {
                let shape = functionShape(function, generics: [])
                if function.isOperator { declareOperator(shape) }
                let isOverload = declaredHere.contains(shape.name)
                environment.declareFunction(shape, keepingSameLabels: isOverload)
                declaredHere.insert(shape.name)
            }
        }
    }

    /// An operator function a cell declares: unless all its operands are the cells' own types (`Money +
    /// Money`, which the checker leaves alone anyway), the operator may now mean something for other types
    /// (`Int + Double`), so the checker no longer judges it.
    private func declareOperator(_ function: FunctionShape) {
        let ownOperands = function.parameters.allSatisfy { parameter in
            if case .declared = parameter.type { true } else { false }
        }
        if !ownOperands { environment.declaredOperators.insert(function.name) }
    }

    static func kind(of group: some DeclGroupSyntax) -> TypeShape.Kind {
        if group.is(ClassDeclSyntax.self) { return .classType }
        if group.is(EnumDeclSyntax.self) { return .enumType }
        if group.is(ProtocolDeclSyntax.self) { return .protocolType }
        return .structType
    }

    /// A function's signature; `generics` are the generic parameters of the type it belongs to.
    func functionShape(_ function: FunctionDeclSyntax, generics: Set<String>) -> FunctionShape {
        let allGenerics = generics.union(function.genericParameterClause?.parameters.map(\.name.text) ?? [])
        let modifiers = MemberModifiers(function.modifiers)
        var shape = FunctionShape(
            name: function.name.text,
            parameters: parameters(function.signature.parameterClause.parameters, generics: allGenerics),
            result: function.signature.returnClause.map { environment.resolve($0.type, generics: allGenerics) }
                ?? .void,
            isMutating: modifiers.isMutating, isStatic: modifiers.isStatic)
        if function.signature.effectSpecifiers?.asyncSpecifier != nil { shape.result = .unknown }
        return shape
    }

    /// Parameters as the checker sees them.
    func parameters(_ list: FunctionParameterListSyntax, generics: Set<String>) -> [FunctionShape.Parameter] {
        list.map { parameter in
            var type = parameter.type
            var isInout = false
            if let attributed = type.as(AttributedTypeSyntax.self) {
                isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                type = attributed.baseType
            }
            let label = parameter.firstName.text == "_" ? nil : parameter.firstName.text
            return FunctionShape.Parameter(
                label: label, type: environment.resolve(type, generics: generics),
                hasDefault: parameter.defaultValue != nil, isVariadic: parameter.ellipsis != nil, isInout: isInout)
        }
    }

    /// The shape of a struct, class, enum or protocol declaration.
    private func shape(of group: some DeclGroupSyntax, named name: String) -> TypeShape {
        var shape = TypeShape(name: name, kind: Self.kind(of: group))
        let generics = Set(group.genericParameterNames)
        shape.isPartlyKnown = !generics.isEmpty || group.is(ProtocolDeclSyntax.self)
        let inherited = group.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        for (index, typeName) in inherited.enumerated() {
            if index == 0, shape.kind == .classType, isClassName(typeName) {
                shape.superclass = typeName
            } else if index == 0, shape.kind == .enumType, let raw = rawType(typeName) {
                shape.rawType = raw
            } else {
                shape.conformances.append(typeName)
            }
        }
        addMembers(group.memberBlock, to: &shape, generics: generics, isExtension: false)
        return shape
    }

    /// Whether `name` names a class: a cell's class, or a library type (the library's open classes).
    private func isClassName(_ name: String) -> Bool {
        if let shape = environment.shape(named: name) { return shape.kind == .classType }
        return bindings.typesByName[name] != nil
    }

    private func rawType(_ name: String) -> StaticType? {
        switch name {
        case "Int": .int
        case "Double": .double
        case "String": .string
        case "Character": .character
        default: nil
        }
    }

    /// Adds an extension's members and conformances to the type it extends.
    private func addExtension(_ extensionDeclaration: ExtensionDeclSyntax) {
        let typeName = extensionDeclaration.extendedType.trimmedDescription
        let conformances = extensionDeclaration.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        if var shape = environment.shape(named: typeName) {
            shape.conformances += conformances
            addMembers(extensionDeclaration.memberBlock, to: &shape, generics: [], isExtension: true)
            environment.names[typeName] = .type(shape)
            return
        }
        guard let builtin = builtinExtensionName(extensionDeclaration.extendedType) else { return }
        var shape = environment.extensions[builtin] ?? TypeShape(name: builtin, kind: .structType)
        // An extension of `Array` or `Dictionary` speaks of `Element`, `Key`, `Value`: unknown types.
        addMembers(
            extensionDeclaration.memberBlock, to: &shape, generics: ["Element", "Key", "Value", "Bound"],
            isExtension: true)
        environment.extensions[builtin] = shape
    }

    /// The standard-library type an extension extends, by the name the checker files its members under.
    func builtinExtensionName(_ type: TypeSyntax) -> String? {
        let name = type.as(IdentifierTypeSyntax.self)?.name.text ?? type.trimmedDescription
        switch name {
        case "Int", "Double", "Bool", "String", "Character", "Array", "Dictionary", "Set", "Optional": return name
        default: return type.is(ArrayTypeSyntax.self) ? "Array" : nil
        }
    }

    private func addMembers(
        _ block: MemberBlockSyntax, to shape: inout TypeShape, generics: Set<String>, isExtension: Bool
    ) {
        for member in block.members {
            let declaration = member.decl
            switch declaration.as(DeclSyntaxEnum.self) {
            case .variableDecl(let variable):
                addProperties(variable, to: &shape, generics: generics, isExtension: isExtension)
            case .functionDecl(let function):
                let method = functionShape(function, generics: generics)
                if function.isOperator { declareOperator(method) }
                shape.methods[method.name, default: []].append(method)
            case .initializerDecl(let initializer):
                let parameters = parameters(initializer.signature.parameterClause.parameters, generics: generics)
                let instance: StaticType = generics.isEmpty ? .declared(shape.name) : .unknown
                let result: StaticType = initializer.optionalMark != nil ? .optional(instance) : instance
                shape.initializers.append(FunctionShape(name: "init", parameters: parameters, result: result))
                if !isExtension { shape.declaresInitializer = true }
            case .enumCaseDecl(let caseDeclaration):
                for element in caseDeclaration.elements {
                    let payload = element.parameterClause.map { clause in
                        clause.parameters.map { parameter in
                            FunctionShape.Parameter(
                                label: parameter.firstName.flatMap { $0.text == "_" ? nil : $0.text },
                                type: environment.resolve(parameter.type, generics: generics),
                                hasDefault: parameter.defaultValue != nil)
                        }
                    }
                    shape.cases[element.name.text] = EnumCaseShape(payload: payload)
                }
            case .subscriptDecl, .typeAliasDecl, .deinitializerDecl, .structDecl, .classDecl, .enumDecl:
                break
            default:
                shape.isPartlyKnown = true
            }
        }
    }

    private func addProperties(
        _ variable: VariableDeclSyntax, to shape: inout TypeShape, generics: Set<String>, isExtension: Bool
    ) {
        let modifiers = MemberModifiers(variable.modifiers)
        let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
        for binding in variable.bindings {
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
                shape.isPartlyKnown = true
                continue
            }
            let accessors = binding.accessorKinds
            let isStored = accessors.isStored
            var type = binding.typeAnnotation.map { environment.resolve($0.type, generics: generics) } ?? .unknown
            if binding.typeAnnotation == nil, let initializer = binding.initializer {
                type = (try? inferDetached(initializer.value))?.defaulted ?? .unknown
            }
            let hasDefault = binding.initializer != nil || (!isLet && type.wrappedType != nil)
            let property = PropertyShape(
                type: type, isConstant: isLet, isStored: isStored,
                isSettable: isStored ? !isLet : accessors.hasSetter, isStatic: modifiers.isStatic,
                hasDefault: hasDefault, isLazy: modifiers.isLazy)
            shape.properties[name] = property
            if modifiers.isLazy { shape.isPartlyKnown = true }
            if isStored, !modifiers.isStatic, !isExtension { shape.storedProperties.append(name) }
        }
    }

    /// The type of a stored property's initial value, inferred without any local scope (errors are reported
    /// when the declaration itself is checked).
    private func inferDetached(_ expression: ExprSyntax) throws -> StaticType {
        let savedScopes = scopes
        let savedBody = body
        scopes = [[:]]
        body = BodyContext()
        defer {
            scopes = savedScopes
            body = savedBody
        }
        return try infer(expression)
    }
}

/// Which accessors a property declares: none (stored), observers only (stored), or a getter with or without a
/// setter (computed).
struct AccessorKinds {
    var isStored: Bool
    var hasSetter: Bool
}

extension PatternBindingSyntax {
    /// Whether the binding is stored (no accessors, or only `willSet`/`didSet`) and whether it has a setter.
    var accessorKinds: AccessorKinds {
        switch accessorBlock?.accessors {
        case nil: return AccessorKinds(isStored: true, hasSetter: true)
        case .getter?: return AccessorKinds(isStored: false, hasSetter: false)
        case .accessors(let list)?:
            let kinds = list.map(\.accessorSpecifier.text)
            if kinds.allSatisfy({ $0 == "willSet" || $0 == "didSet" }) {
                return AccessorKinds(isStored: true, hasSetter: true)
            }
            return AccessorKinds(isStored: false, hasSetter: kinds.contains("set"))
        }
    }
}

extension FunctionDeclSyntax {
    /// Whether this declares an operator (`static func + (...)`), not a named function.
    var isOperator: Bool {
        if case .identifier = name.tokenKind { return false }
        return true
    }
}
