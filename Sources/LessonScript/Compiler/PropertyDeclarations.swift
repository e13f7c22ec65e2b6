import SwiftSyntax

extension Compiler {
    /// Registers the properties one `var`/`let` member declares: stored (with `willSet`/`didSet`, `lazy`,
    /// `private(set)`), computed, or static; returns the static stored properties' initializers.
    func declareProperties(
        _ variable: VariableDeclSyntax, in definition: TypeDefinition, isExtension: Bool
    ) throws
        -> [(Variable, Evaluator)]
    {
        let modifiers = MemberModifiers(variable.modifiers)
        let isConstant = variable.bindingSpecifier.tokenKind == .keyword(.let)
        if isConstant, let lazy = variable.modifiers.first(where: { $0.name.text == "lazy" }) {
            throw compileError("'lazy' cannot be used on a let", at: lazy)
        }
        var staticInitializers: [(Variable, Evaluator)] = []
        for binding in variable.bindings {
            guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw compileError("a property must be declared with a single name", at: binding.pattern)
            }
            let name = identifier.identifier.text
            var annotation = binding.typeAnnotation.map { TypeAnnotation($0.type) }
            if annotation == nil, let initial = binding.initializer?.value,
                literalNumber(initial)?.hasFloatLiteral == true
            {
                annotation = .named("Double")
            }
            let accessors = binding.accessorBlock
            try checkPropertyShape(variable, binding, identifier, modifiers)
            if isConstant, let accessors {
                let message =
                    accessors.isObserverBlock
                    ? "'let' declarations cannot be observing properties"
                    : "'let' declarations cannot be computed properties"
                throw compileError(message, at: accessors)
            }
            if let accessors, !accessors.isObserverBlock {
                let property = try compileComputedProperty(
                    name, accessors, binding.typeAnnotation?.type, definition, isStatic: modifiers.isStatic)
                try checkOverride(
                    of: .property(isStored: false, isSettable: property.setter != nil), named: name,
                    token: identifier.identifier, modifiers: modifiers, in: definition)
                if modifiers.isFinal || (modifiers.isStatic && !modifiers.isClass) {
                    definition.finalMembers.insert(name)
                }
                if modifiers.isStatic {
                    definition.staticComputedProperties[name] = property
                } else {
                    if let constraint = extensionConstraint {
                        property.getter.receiverConstraint = constraint
                        property.setter?.receiverConstraint = constraint
                        // Beside the same property of another constrained extension, not instead of it.
                        var alternatives = definition.constrainedComputedProperties[name] ?? []
                        alternatives.removeAll { $0.getter.receiverConstraint?.text == constraint.text }
                        definition.constrainedComputedProperties[name] = alternatives + [property]
                    }
                    definition.computedProperties[name] = property
                }
                continue
            }
            if modifiers.isStatic {
                let defaultValue = try binding.initializer.map { try compileIsolated($0.value, as: annotation) }
                let storage = Variable(.void, isConstant: false)
                definition.staticVariables[name] = storage
                if let defaultValue { staticInitializers.append((storage, defaultValue)) }
                if !modifiers.isClass { definition.finalMembers.insert(name) }
                continue
            }
            if isExtension || definition.kind == .enumType {
                let message =
                    isExtension
                    ? "extensions must not contain stored properties" : "enums must not contain stored properties"
                throw compileError(message, at: binding)
            }
            if let inherited = definition.superclass, let index = inherited.fieldIndices[name], modifiers.isOverride,
                let accessors
            {
                // `override var x { didSet { ... } }`: observers added to the inherited stored property.
                let observers = try compileObservers(accessors, name, definition)
                definition.storedProperties[index].observers.beforeChange.insert(
                    contentsOf: observers.beforeChange, at: 0)
                definition.storedProperties[index].observers.afterChange += observers.afterChange
                continue
            }
            try checkOverride(
                of: .property(isStored: true, isSettable: !isConstant), named: name, token: identifier.identifier,
                modifiers: modifiers, in: definition)
            var property = TypeDefinition.StoredProperty(
                name: name, isConstant: isConstant, annotation: annotation,
                defaultValue: modifiers.isLazy
                    ? nil : try binding.initializer.map { try compileIsolated($0.value, as: annotation) })
            property.hasPrivateSetter = modifiers.hasPrivateSetter
            property.isPrivate = modifiers.isPrivate
            property.check = DeclaredTypeCheck(binding.typeAnnotation.map { TypeAnnotation($0.type) })
            let index = definition.storedProperties.count
            definition.fieldIndices[name] = index
            definition.storedProperties.append(property)
            // Compiled once the property is registered: the bodies may use it.
            if let accessors {
                definition.storedProperties[index].observers = try compileObservers(accessors, name, definition)
            }
            if modifiers.isLazy, let initial = binding.initializer?.value {
                definition.hasLazyProperties = true
                runtime.hasLazyStructs = runtime.hasLazyStructs || definition.kind == .structType
                definition.storedProperties[index].lazyInitializer = try compileMemberExpression(
                    initial, as: annotation, name, definition)
            }
        }
        return staticInitializers
    }

    /// An expression compiled outside any function (a property's default value), seeing only globals.
    func compileIsolated(_ expression: ExprSyntax, as annotation: TypeAnnotation?) throws -> Evaluator {
        let isolated = FunctionContext(parent: nil)
        let evaluator = try inContext(isolated) { try compileExpression(expression, as: annotation) }
        let slotCount = isolated.slotCount
        return { frame in
            try evaluator(Frame(runtime: frame.runtime, slotCount: slotCount, captures: []))
        }
    }

    /// An expression that may use `self` and the type's members (a `lazy var`'s initial value), as a method
    /// without parameters.
    private func compileMemberExpression(
        _ expression: ExprSyntax, as annotation: TypeAnnotation?, _ name: String, _ definition: TypeDefinition
    ) throws -> CompiledFunction {
        let function = CompiledFunction(name: name)
        let nested = FunctionContext(parent: nil, memberType: definition)
        try inContext(nested) {
            function.hasReceiver = true
            _ = nested.declareLocal("self")
            let evaluator = try compileExpression(expression, as: annotation)
            function.body = { frame in .returnValue(try evaluator(frame)) }
        }
        function.resultType = annotation
        function.slotCount = nested.slotCount
        return function
    }

    /// swiftc's rules on a property's shape that the interpreter would otherwise not notice: a `lazy var` needs
    /// an initial value, a `static let` a value, and observers do not go with a getter.
    private func checkPropertyShape(
        _ variable: VariableDeclSyntax, _ binding: PatternBindingSyntax, _ identifier: IdentifierPatternSyntax,
        _ modifiers: MemberModifiers
    ) throws {
        if modifiers.isLazy, binding.initializer == nil,
            let lazy = variable.modifiers.first(where: { $0.name.text == "lazy" })
        {
            throw compileError("lazy properties must have an initializer", at: lazy)
        }
        if modifiers.isStatic, variable.bindingSpecifier.tokenKind == .keyword(.let), binding.initializer == nil,
            binding.accessorBlock == nil
        {
            throw compileError(
                "'static let' declaration requires an initializer expression or an explicitly stated getter",
                at: identifier)
        }
        if case .accessors(let list)? = binding.accessorBlock?.accessors,
            list.contains(where: { $0.accessorSpecifier.tokenKind == .keyword(.get) }),
            let observer = list.first(where: {
                [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind)
            })
        {
            throw compileError(
                "'\(observer.accessorSpecifier.text)' cannot be provided together with a getter",
                at: observer.accessorSpecifier)
        }
    }

    /// `willSet` / `didSet` accessors.
    private func compileObservers(
        _ accessors: AccessorBlockSyntax, _ name: String, _ definition: TypeDefinition
    ) throws
        -> TypeDefinition.PropertyObservers
    {
        guard case .accessors(let list) = accessors.accessors else { return TypeDefinition.PropertyObservers() }
        var observers = TypeDefinition.PropertyObservers()
        for accessor in list {
            let isWillSet = accessor.accessorSpecifier.tokenKind == .keyword(.willSet)
            guard isWillSet || accessor.accessorSpecifier.tokenKind == .keyword(.didSet) else {
                throw compileError(
                    "'\(accessor.accessorSpecifier.text)' accessor cannot be provided together with an observer",
                    at: accessor.accessorSpecifier)
            }
            let parameter = accessor.parameters?.name.text ?? (isWillSet ? "newValue" : "oldValue")
            let (compiled, _) = try compileFunction(
                name: name, parameters: nil, resultType: nil, body: accessor.body?.statements, memberOf: definition,
                setterParameter: parameter)
            compiled.isMutating = true
            if isWillSet { observers.beforeChange.append(compiled) } else { observers.afterChange.append(compiled) }
        }
        return observers
    }

    func compileComputedProperty(
        _ name: String, _ accessors: AccessorBlockSyntax, _ type: TypeSyntax?, _ definition: TypeDefinition,
        isStatic: Bool
    ) throws -> TypeDefinition.ComputedProperty {
        let resultType = type ?? TypeSyntax(IdentifierTypeSyntax(name: .identifier("Any")))
        switch accessors.accessors {
        case .getter(let statements):
            try checkReturns(statements, closedBy: accessors.rightBrace, resultType: type, kind: "getter")
            let (getter, _) = try compileFunction(
                name: name, parameters: nil, resultType: resultType, body: statements, memberOf: definition,
                isStatic: isStatic)
            return TypeDefinition.ComputedProperty(getter: getter, setter: nil)
        case .accessors(let list):
            var getter: CompiledFunction?
            var setter: CompiledFunction?
            for accessor in list {
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    try checkReturns(
                        accessor.body?.statements, closedBy: accessor.body?.rightBrace, resultType: type, kind: "getter"
                    )
                    getter = try compileFunction(
                        name: name, parameters: nil, resultType: resultType, body: accessor.body?.statements,
                        memberOf: definition, isStatic: isStatic
                    ).0
                case .keyword(.set):
                    let (compiled, _) = try compileFunction(
                        name: name, parameters: nil, resultType: nil, body: accessor.body?.statements,
                        memberOf: definition, isStatic: isStatic,
                        setterParameter: accessor.parameters?.name.text ?? "newValue")
                    compiled.isMutating = accessor.modifier?.name.text != "nonmutating"
                    setter = compiled
                default:
                    throw compileError(
                        "'\(accessor.accessorSpecifier.text)' accessors are not supported in lesson cells", at: accessor
                    )
                }
            }
            guard let getter else {
                throw compileError("variable with a setter must also have a getter", at: accessors)
            }
            return TypeDefinition.ComputedProperty(getter: getter, setter: setter)
        }
    }
}

extension AccessorBlockSyntax {
    /// Whether these are a stored property's observers (`willSet`, `didSet`), not a computed property's accessors.
    var isObserverBlock: Bool {
        guard case .accessors(let list) = accessors else { return false }
        return list.contains { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }
    }
}
