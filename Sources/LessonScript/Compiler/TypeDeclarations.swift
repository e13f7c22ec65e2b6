import SwiftSyntax

extension Compiler {
    /// A `struct` or `class` declaration: its inheritance clause, properties (registered before any method is
    /// compiled, so methods see them), methods, initializers and subscripts, checked against its superclass and
    /// protocols.
    func compileTypeDeclaration(
        _ declaration: some DeclGroupSyntax & NamedDeclSyntax, kind: TypeDefinition.Kind
    )
        throws -> Executor
    {
        if let executor = compiledTypeDeclarations[declaration.id] { return executor }
        let definition = TypeDefinition(name: declaration.name.text, kind: kind)
        definition.runtime = runtime
        definition.isFinal = MemberModifiers(declaration.modifiers).isFinal
        if kind != .classType, let final = declaration.modifiers.first(where: { $0.name.text == "final" }) {
            throw compileError("'final' modifier cannot be applied to this declaration", at: final)
        }
        definition.genericParameters = declaration.genericParameterNames
        pendingTypeDeclarations[definition.name] = nil
        try readInheritance(declaration.inheritanceClause, of: declaration.name, into: definition)
        cellTypes[definition.name] = definition
        let staticInitializers = try compileMembers(declaration.memberBlock, in: definition)
        try checkInitializers(of: definition, at: declaration.name)
        try checkConformances(of: definition, at: declaration.name)
        let executor = declareType(definition, staticInitializers: staticInitializers)
        compiledTypeDeclarations[declaration.id] = executor
        return executor
    }

    /// Compiles the members of a type or extension body into `definition`; returns the static stored properties'
    /// initializers, run when the declaration runs.
    func compileMembers(
        _ block: MemberBlockSyntax, in definition: TypeDefinition, isExtension: Bool = false
    ) throws
        -> [(Variable, Evaluator)]
    {
        let members = block.members.map(\.decl)
        for member in members { declareName(of: member, in: definition) }
        var staticInitializers: [(Variable, Evaluator)] = []
        for member in members {
            if let variable = member.as(VariableDeclSyntax.self) {
                staticInitializers += try declareProperties(variable, in: definition, isExtension: isExtension)
            }
        }
        for member in members {
            try compileMember(member, in: definition, isExtension: isExtension)
        }
        return staticInitializers
    }

    /// Records the name a member declares before any body is compiled.
    private func declareName(of member: DeclSyntax, in definition: TypeDefinition) {
        if let function = member.as(FunctionDeclSyntax.self) {
            if MemberModifiers(function.modifiers).isStatic {
                definition.declaredStaticNames.insert(function.name.text)
            } else {
                definition.declaredInstanceNames.insert(function.name.text)
            }
        } else if let variable = member.as(VariableDeclSyntax.self) {
            let names = variable.bindings.flatMap(\.pattern.boundNames)
            if MemberModifiers(variable.modifiers).isStatic {
                definition.declaredStaticNames.formUnion(names)
            } else {
                definition.declaredInstanceNames.formUnion(names)
            }
        }
    }

    func declareType(_ definition: TypeDefinition, staticInitializers: [(Variable, Evaluator)]) -> Executor {
        let declare = declareVariable(definition.name, isConstant: true)
        return { frame in
            if definition.kind == .enumType { frame.runtime.declaredEnums.append(definition) }
            declare(frame, .type(.declared(definition)))
            for (variable, initializer) in staticInitializers { variable.value = try initializer(frame) }
            return .next
        }
    }

    private func compileMember(_ member: DeclSyntax, in definition: TypeDefinition, isExtension: Bool) throws {
        switch member.as(DeclSyntaxEnum.self) {
        case .variableDecl, .enumCaseDecl:
            return
        case .functionDecl(let function):
            try compileMethod(function, in: definition)
        case .initializerDecl(let initializer):
            try compileInitializer(initializer, in: definition, isExtension: isExtension)
        case .deinitializerDecl(let deinitializer):
            if definition.kind == .structType || definition.kind == .enumType {
                let kind = definition.kind == .structType ? "struct" : "enum"
                throw compileError(
                    "deinitializer cannot be declared in \(kind) '\(definition.name)' that conforms to 'Copyable'",
                    at: deinitializer.deinitKeyword)
            }
        case .subscriptDecl(let node):
            try compileSubscriptDeclaration(node, in: definition)
        case .typeAliasDecl:
            return
        case .structDecl, .classDecl, .enumDecl:
            throw compileError(
                "nested type declarations are not supported in lesson cells; declare the type at the top level",
                at: member)
        default:
            throw compileError("this member declaration is not supported in lesson cells", at: member)
        }
    }

    private func compileMethod(_ function: FunctionDeclSyntax, in definition: TypeDefinition) throws {
        if let async = function.signature.effectSpecifiers?.asyncSpecifier {
            throw compileError("`async` functions are not supported in lesson cells", at: async)
        }
        let modifiers = MemberModifiers(function.modifiers)
        let name = function.name.text
        if definition.kind == .classType, let mutating = function.modifiers.first(where: { $0.name.text == "mutating" })
        {
            throw compileError("'mutating' is not valid on instance methods in classes", at: mutating)
        }
        let isOperator = function.name.tokenKind != .identifier(name)
        if isOperator, !modifiers.isStatic {
            throw compileError(
                "operator '\(name)' declared in type '\(definition.name)' must be 'static'", at: function.name)
        }
        let labels = function.signature.parameterClause.parameters.map {
            $0.firstName.text == "_" ? nil : $0.firstName.text
        }
        try checkOverride(
            of: .method(labels: labels), named: name, token: function.name, modifiers: modifiers, in: definition)
        try checkReturns(
            function.body?.statements, closedBy: function.body?.rightBrace,
            resultType: function.signature.returnClause?.type,
            kind: modifiers.isClass ? "class method" : modifiers.isStatic ? "static method" : "instance method")
        let (compiled, _) = try compileFunction(
            name: name, parameters: function.signature.parameterClause.parameters,
            resultType: function.signature.returnClause?.type, body: function.body?.statements,
            memberOf: definition, isStatic: modifiers.isStatic, genericParameters: function.genericParameterNames)
        compiled.isMutating = modifiers.isMutating
        compiled.receiverConstraint = extensionConstraint
        compiled.hasArgumentLabels = !isOperator
        compiled.isFinal = modifiers.isFinal || (modifiers.isStatic && !modifiers.isClass)
        compiled.isClassMember = modifiers.isClass
        compiled.genericParameters = function.genericParameterNames
        enforceConstraints(
            genericConstraints(of: function), on: compiled,
            kind: modifiers.isStatic ? "static method" : "instance method")
        compiled.declarationSpot = spot(function.name)
        compiled.throwsErrors = function.signature.effectSpecifiers.isThrowing
        if modifiers.isStatic {
            definition.staticMethods[name] = overloads(
                replacing: definition.staticMethods[name] ?? definition.superclass?.staticMethodOverloads(name) ?? [],
                with: compiled)
        } else {
            definition.methods[name] = overloads(
                replacing: definition.methods[name] ?? definition.superclass?.instanceMethods(name) ?? [],
                with: compiled)
        }
    }

    /// `existing` with `function` added, replacing an overload of the same argument labels (an override, or a
    /// declaration repeated in a later extension).
    private func overloads(
        replacing existing: [CompiledFunction], with function: CompiledFunction
    )
        -> [CompiledFunction]
    {
        existing.filter { !$0.hasSameParameters(as: function) } + [function]
    }

    private func compileInitializer(
        _ initializer: InitializerDeclSyntax, in definition: TypeDefinition, isExtension: Bool
    ) throws {
        let modifiers = MemberModifiers(initializer.modifiers)
        if modifiers.isConvenience, definition.kind != .classType {
            throw compileError(
                "initializers in \(definition.kind == .enumType ? "enums" : "structs") are not marked with 'convenience'",
                at: initializer.initKeyword)
        }
        let labels = initializer.signature.parameterClause.parameters.map {
            $0.firstName.text == "_" ? nil : $0.firstName.text
        }
        try checkDelegation(initializer, modifiers, in: definition, isExtension: isExtension)
        try checkSelfBeforeSuperInit(initializer, in: definition)
        if !modifiers.isConvenience, !isExtension {
            try checkOverride(
                of: .initializer(labels: labels), named: "init", token: initializer.initKeyword,
                modifiers: modifiers, in: definition)
        }
        let (compiled, _) = try compileFunction(
            name: "init", parameters: initializer.signature.parameterClause.parameters, resultType: nil,
            body: initializer.body?.statements, memberOf: definition, isInitializer: true)
        compiled.isFailable = initializer.optionalMark != nil
        compiled.isConvenience = modifiers.isConvenience || isExtension
        compiled.isRequired = modifiers.isRequired
        compiled.declarationSpot = spot(initializer.initKeyword)
        compiled.returnsValue = compiled.isFailable
        compiled.throwsErrors = initializer.signature.effectSpecifiers.isThrowing
        if !isExtension, !modifiers.isConvenience { definition.declaresInitializers = true }
        definition.initializers = overloads(replacing: definition.initializers, with: compiled)
    }
}

/// The modifiers of a member declaration that change what it means.
struct MemberModifiers {
    var isStatic = false
    var isClass = false
    var isOverride = false
    var isFinal = false
    var isMutating = false
    var isLazy = false
    var isConvenience = false
    var isRequired = false
    /// `private(set)` or `private`: only the type's own code (and its extensions) may assign it. (`fileprivate`
    /// hides nothing: the cells of a lesson are one file.)
    var hasPrivateSetter = false
    /// `private` without `(set)`: the member is hidden, not only its setter.
    var isPrivate = false
    var overrideKeyword: DeclModifierSyntax?

    init(_ modifiers: DeclModifierListSyntax) {
        for modifier in modifiers {
            switch modifier.name.text {
            case "static": isStatic = true
            case "class":
                isStatic = true
                isClass = true
            case "override":
                isOverride = true
                overrideKeyword = modifier
            case "final": isFinal = true
            case "mutating": isMutating = true
            case "lazy": isLazy = true
            case "convenience": isConvenience = true
            case "required":
                // A required initializer overrides its superclass's without saying `override`.
                isRequired = true
            case "private":
                hasPrivateSetter = true
                isPrivate = modifier.detail == nil
            default: break
            }
        }
    }
}

extension SyntaxProtocol {
    /// The names of a declaration's generic parameters (`Stack<Element>` has `Element`), kept for type checking;
    /// the interpreter itself needs no more, since values carry their types.
    var genericParameterNames: [String] {
        let clause =
            self.as(StructDeclSyntax.self)?.genericParameterClause
            ?? self.as(ClassDeclSyntax.self)?.genericParameterClause
            ?? self.as(EnumDeclSyntax.self)?.genericParameterClause
            ?? self.as(FunctionDeclSyntax.self)?.genericParameterClause
        return clause?.parameters.map(\.name.text) ?? []
    }
}
