import SwiftSyntax

extension Compiler {
    /// `subscript(index: Int) -> Double { get { ... } set { ... } }`: a getter taking the indices, and a setter
    /// taking them and `newValue`. A subscript's parameters have no argument label unless they name one
    /// (`subscript(row r: Int)`), as in Swift.
    func compileSubscriptDeclaration(_ node: SubscriptDeclSyntax, in definition: TypeDefinition) throws {
        let parameters = node.parameterClause.parameters
        let resultType = node.returnClause.type
        var getter: CompiledFunction?
        var setter: CompiledFunction?
        switch node.accessorBlock?.accessors {
        case .getter(let statements)?:
            getter = try compileFunction(
                name: "subscript", parameters: parameters, resultType: resultType, body: statements,
                memberOf: definition
            ).0
        case .accessors(let list)?:
            for accessor in list {
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    getter = try compileFunction(
                        name: "subscript", parameters: parameters, resultType: resultType,
                        body: accessor.body?.statements, memberOf: definition
                    ).0
                case .keyword(.set):
                    let compiled = try compileFunction(
                        name: "subscript", parameters: parameters, resultType: nil, body: accessor.body?.statements,
                        memberOf: definition, setterParameter: accessor.parameters?.name.text ?? "newValue"
                    ).0
                    compiled.isMutating = accessor.modifier?.name.text != "nonmutating"
                    setter = compiled
                default:
                    throw compileError(
                        "'\(accessor.accessorSpecifier.text)' accessors are not supported in lesson cells", at: accessor
                    )
                }
            }
        case nil:
            throw compileError("expected '{' in subscript to specify getter and setter implementation", at: node)
        }
        guard let getter else {
            throw compileError("subscript with a setter must also have a getter", at: node.subscriptKeyword)
        }
        let labels = parameters.map { $0.secondName == nil || $0.firstName.text == "_" ? nil : $0.firstName.text }
        for function in [getter, setter].compactMap({ $0 }) {
            for index in labels.indices {
                function.parameters[index] = function.parameters[index].relabelled(labels[index])
            }
        }
        definition.subscripts.append(TypeDefinition.SubscriptDeclaration(getter: getter, setter: setter))
    }
}

extension CompiledFunction.Parameter {
    /// The same parameter with another argument label.
    func relabelled(_ label: String?) -> CompiledFunction.Parameter {
        CompiledFunction.Parameter(
            label: label, name: name, annotation: annotation, defaultValue: defaultValue, isVariadic: isVariadic,
            isInout: isInout)
    }
}

extension Runtime {
    /// The declared subscript of a cell type that fits `labels`.
    private func declaredSubscript(
        _ type: TypeDefinition, _ indices: [Value], _ labels: [String?]
    ) throws
        -> TypeDefinition.SubscriptDeclaration
    {
        let candidates = type.allSubscripts
        guard !candidates.isEmpty else { throw RuntimeError("value of type '\(type.name)' has no subscripts") }
        var arguments = CallArguments(indices, labels: labels)
        arguments.firstTrailingClosure = nil
        let getter = try chooseMethod(candidates.map(\.getter), arguments, typeName: type.name, "subscript")
        return candidates.first { $0.getter === getter } ?? candidates[0]
    }

    /// `value[indices]` for a cell type with `subscript` declarations, or `nil` for any other value.
    func declaredSubscriptValue(_ value: Value, _ indices: [Value], _ labels: [String?]) throws -> Value? {
        guard let type = value.declaredType(in: self) else { return nil }
        let declaration = try declaredSubscript(type, indices, labels)
        var arguments = CallArguments(indices, labels: labels)
        return try invoke(declaration.getter, captures: [], receiver: Variable(value, isConstant: true), &arguments)
    }

    /// `base[indices]` changed through `body` with a declared subscript's getter and setter; `false` when `base`
    /// is not a cell type with subscripts.
    func modifyDeclaredSubscript(
        _ base: inout Value, _ indices: [Value], _ labels: [String?], _ body: (inout Value) throws -> Void
    ) throws -> Bool {
        guard let type = base.declaredType(in: self) else { return false }
        let declaration = try declaredSubscript(type, indices, labels)
        guard let setter = declaration.setter else {
            throw RuntimeError("cannot assign through subscript: subscript is get-only")
        }
        var arguments = CallArguments(indices, labels: labels)
        var element = try invoke(
            declaration.getter, captures: [], receiver: Variable(base, isConstant: true), &arguments)
        try body(&element)
        let receiver = Variable(base)
        var setterArguments = CallArguments(indices + [element], labels: labels + [nil])
        _ = try invoke(setter, captures: [], receiver: receiver, &setterArguments)
        base = receiver.value
        return true
    }
}

extension Value {
    /// The cell type of a struct, class or enum value (or of a library object a cell class made).
    func declaredType(in runtime: Runtime) -> TypeDefinition? {
        switch self {
        case .structInstance(let instance): instance.type
        case .object(let object): object.type
        case .enumCase(let enumCase): enumCase.type
        case .native(let object): runtime.scriptObject(of: object)?.type
        default: nil
        }
    }
}
