import SwiftSyntax

extension TypeChecker {
    /// `let`/`var`: an initial value must have the declared type; the names get the declared or inferred type.
    func checkVariableDeclaration(_ variable: VariableDeclSyntax) throws {
        let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
        for binding in variable.bindings {
            let annotated = binding.typeAnnotation.map { environment.resolve($0.type, generics: body.generics) }
            var type = annotated ?? .unknown
            if let initializer = binding.initializer {
                if let annotated {
                    try check(initializer.value, against: annotated, role: .specified)
                } else {
                    type = try infer(initializer.value).defaulted
                }
            }
            if let accessors = binding.accessorBlock {
                let context = body
                let check = { [self] in try checkAccessors(accessors, type: type, context: context) }
                if isAtTopLevel { deferredBodies.append(check) } else { try check() }
            }
            bind(binding.pattern, to: type, isConstant: isLet && binding.initializer != nil)
        }
    }

    /// The bodies of a property's accessors: a getter returns the property's type, a setter or observer has
    /// `newValue` (or `oldValue`) of that type and may change `self`.
    func checkAccessors(_ block: AccessorBlockSyntax, type: StaticType, context: BodyContext) throws {
        var getter = context
        getter.result = type
        getter.isFunction = true
        switch block.accessors {
        case .getter(let statements):
            try inBody(getter) { try checkBodyStatements(statements, result: type) }
        case .accessors(let accessors):
            for accessor in accessors {
                guard let statements = accessor.body?.statements else { continue }
                let kind = accessor.accessorSpecifier.text
                if kind == "get" {
                    try inBody(getter) { try checkBodyStatements(statements, result: type) }
                    continue
                }
                var setter = context
                setter.isFunction = true
                setter.result = .void
                setter.selfIsMutable = true
                try inBody(setter) {
                    let implicitName = kind == "didSet" ? "oldValue" : "newValue"
                    let name = accessor.parameters?.name.text ?? implicitName
                    declareLocal(name, .variable(type, isConstant: true))
                    try checkStatements(statements)
                }
            }
        }
    }

    /// A struct, class, enum, protocol or extension: stored property initializers now, in order; methods,
    /// initializers and accessors after the top-level code, as swiftc checks them.
    func checkTypeDeclaration(_ group: some DeclGroupSyntax) throws {
        let selfType = declaredSelfType(of: group)
        let generics = Set(group.genericParameterNames).union(group.is(ExtensionDeclSyntax.self) ? ["Element"] : [])
        for member in group.memberBlock.members {
            try checkMember(member.decl, selfType: selfType, generics: generics)
        }
    }

    /// The type `self` has in a declaration's members: the declared type, or the standard-library type an
    /// extension extends (`Int`), or unknown.
    private func declaredSelfType(of group: some DeclGroupSyntax) -> StaticType {
        if let name = (group.as(DeclSyntax.self) ?? DeclSyntax(group)).declaredTypeName {
            return environment.shape(named: name) != nil ? .declared(name) : .unknown
        }
        guard let extensionDeclaration = group.as(ExtensionDeclSyntax.self) else { return .unknown }
        let extended = extensionDeclaration.extendedType
        if let name = extended.as(IdentifierTypeSyntax.self)?.name.text, environment.shape(named: name) != nil {
            return .declared(name)
        }
        guard builtinExtensionName(extended) != nil else { return .unknown }
        return environment.resolve(extended, generics: ["Element", "Key", "Value"])
    }

    private func checkMember(_ declaration: DeclSyntax, selfType: StaticType, generics: Set<String>) throws {
        var context = BodyContext()
        context.selfType = selfType
        context.generics = generics
        context.isFunction = true
        switch declaration.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            context.isStatic = MemberModifiers(variable.modifiers).isStatic
            context.selfIsMutable = isReference(selfType)
            try checkStoredProperties(variable, context: context)
        case .functionDecl(let function):
            let modifiers = MemberModifiers(function.modifiers)
            context.isStatic = modifiers.isStatic
            context.selfIsMutable = modifiers.isMutating || isReference(selfType)
            let methodGenerics = function.genericParameterNames
            context.generics = generics.union(methodGenerics)
            context.result =
                function.signature.returnClause.map {
                    environment.resolve($0.type, generics: context.generics)
                } ?? .void
            deferredBodies.append { [self] in try checkFunctionBody(function, context: context) }
        case .initializerDecl(let initializer):
            context.isInitializer = true
            context.selfIsMutable = true
            guard let statements = initializer.body?.statements else { return }
            deferredBodies.append { [self] in
                try inBody(context) {
                    declareParameters(initializer.signature.parameterClause.parameters)
                    try checkStatements(statements)
                }
            }
        case .subscriptDecl(let subscriptDeclaration):
            context.isStatic = MemberModifiers(subscriptDeclaration.modifiers).isStatic
            context.selfIsMutable = isReference(selfType)
            let type = environment.resolve(subscriptDeclaration.returnClause.type, generics: generics)
            guard let accessors = subscriptDeclaration.accessorBlock else { return }
            deferredBodies.append { [self] in
                try inBody(context) {
                    declareParameters(subscriptDeclaration.parameterClause.parameters)
                    try checkAccessors(accessors, type: type, context: body)
                }
            }
        default:
            break
        }
    }

    /// A member `var`/`let`: its initial value must have its declared type; accessors are checked later.
    private func checkStoredProperties(_ variable: VariableDeclSyntax, context: BodyContext) throws {
        let isLazy = MemberModifiers(variable.modifiers).isLazy
        for binding in variable.bindings {
            let annotated = binding.typeAnnotation.map { environment.resolve($0.type, generics: context.generics) }
            if let initializer = binding.initializer, !isLazy {
                var initializerContext = BodyContext()
                initializerContext.generics = context.generics
                try inBody(initializerContext) {
                    if let annotated {
                        try check(initializer.value, against: annotated, role: .specified)
                    } else {
                        _ = try infer(initializer.value)
                    }
                }
            }
            guard let accessors = binding.accessorBlock else { continue }
            let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
            let type =
                annotated ?? name.flatMap { propertyName in
                    if case .declared(let typeName) = context.selfType,
                        case .property(let property)? = environment.member(
                            propertyName, of: typeName, isStatic: context.isStatic)
                    {
                        return property.type
                    }
                    return nil
                } ?? .unknown
            deferredBodies.append { [self] in try checkAccessors(accessors, type: type, context: context) }
        }
    }
}
