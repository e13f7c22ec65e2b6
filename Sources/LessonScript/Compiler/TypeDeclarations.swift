import SwiftSyntax

/// Protocols a cell type may name in its inheritance clause; they add nothing but `CustomStringConvertible`'s
/// use of `description` when printing.
private let acceptedProtocols: Set<String> = [
    "CustomStringConvertible", "Equatable", "Hashable", "Comparable", "Error", "Codable", "Identifiable",
    "Sendable", "CaseIterable",
]

extension Compiler {
    func compileTypeDeclaration(
        _ declaration: some DeclGroupSyntax & NamedDeclSyntax, kind: TypeDefinition.Kind
    )
        throws -> Executor
    {
        let definition = TypeDefinition(name: declaration.name.text, kind: kind)
        try readInheritance(declaration.inheritanceClause, into: definition)
        if let generic = declaration.as(StructDeclSyntax.self)?.genericParameterClause
            ?? declaration.as(ClassDeclSyntax.self)?.genericParameterClause
        {
            throw compileError("generic types are not supported in lesson cells", at: generic)
        }
        let members = declaration.memberBlock.members.map(\.decl)
        var staticInitializers: [(Variable, Evaluator)] = []
        for member in members {
            if let variable = member.as(VariableDeclSyntax.self) {
                staticInitializers += try declareProperties(variable, in: definition)
            }
        }
        for member in members {
            try compileMember(member, in: definition)
        }
        return declareType(definition, staticInitializers: staticInitializers)
    }

    private func declareType(_ definition: TypeDefinition, staticInitializers: [(Variable, Evaluator)]) -> Executor {
        let declare = declareVariable(definition.name, isConstant: true)
        return { frame in
            if definition.kind == .enumType { frame.runtime.declaredEnums.append(definition) }
            declare(frame, .type(.declared(definition)))
            for (variable, initializer) in staticInitializers { variable.value = try initializer(frame) }
            return .next
        }
    }

    private func readInheritance(_ clause: InheritanceClauseSyntax?, into definition: TypeDefinition) throws {
        for inherited in clause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            if acceptedProtocols.contains(name) {
                definition.conformances.insert(name)
            } else if definition.kind == .enumType, ["Int", "String", "Double", "Character"].contains(name) {
                definition.conformances.insert("RawValue:" + name)
            } else {
                let what = definition.kind == .classType ? "class inheritance" : "conformance to '\(name)'"
                throw compileError("\(what) is not supported in lesson cells", at: inherited)
            }
        }
    }

    /// Registers the stored and computed properties of a type (before any method is compiled, so methods see
    /// them); returns the static stored properties' initializers, run when the declaration runs.
    private func declareProperties(
        _ variable: VariableDeclSyntax, in definition: TypeDefinition
    ) throws
        -> [(Variable, Evaluator)]
    {
        let isStatic = variable.modifiers.contains { ["static", "class"].contains($0.name.text) }
        let isConstant = variable.bindingSpecifier.tokenKind == .keyword(.let)
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
            if let accessors = binding.accessorBlock {
                let property = try compileComputedProperty(
                    name, accessors, binding.typeAnnotation?.type, definition, isStatic: isStatic)
                if isStatic {
                    definition.staticComputedProperties[name] = property
                } else {
                    definition.computedProperties[name] = property
                }
                continue
            }
            let defaultValue = try binding.initializer.map { try compileIsolated($0.value, as: annotation) }
            if isStatic {
                let storage = Variable(.void, isConstant: false)
                definition.staticVariables[name] = storage
                if let defaultValue { staticInitializers.append((storage, defaultValue)) }
                continue
            }
            definition.fieldIndices[name] = definition.storedProperties.count
            definition.storedProperties.append(
                TypeDefinition.StoredProperty(
                    name: name, isConstant: isConstant, annotation: annotation, defaultValue: defaultValue))
        }
        return staticInitializers
    }

    /// An expression compiled outside any function (a property's default value), seeing only globals.
    private func compileIsolated(_ expression: ExprSyntax, as annotation: TypeAnnotation?) throws -> Evaluator {
        let isolated = FunctionContext(parent: nil)
        let evaluator = try inContext(isolated) { try compileExpression(expression, as: annotation) }
        let slotCount = isolated.slotCount
        return { frame in
            try evaluator(Frame(runtime: frame.runtime, slotCount: slotCount, captures: []))
        }
    }

    private func compileComputedProperty(
        _ name: String, _ accessors: AccessorBlockSyntax, _ type: TypeSyntax?, _ definition: TypeDefinition,
        isStatic: Bool
    ) throws -> TypeDefinition.ComputedProperty {
        let resultType = type ?? TypeSyntax(IdentifierTypeSyntax(name: .identifier("Any")))
        switch accessors.accessors {
        case .getter(let statements):
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
                    getter = try compileFunction(
                        name: name, parameters: nil, resultType: resultType, body: accessor.body?.statements,
                        memberOf: definition, isStatic: isStatic
                    ).0
                case .keyword(.set):
                    let (compiled, _) = try compileFunction(
                        name: name, parameters: nil, resultType: nil, body: accessor.body?.statements,
                        memberOf: definition, isStatic: isStatic,
                        setterParameter: accessor.parameters?.name.text ?? "newValue")
                    compiled.isMutating = true
                    setter = compiled
                default:
                    throw compileError(
                        "'\(accessor.accessorSpecifier.text)' accessors are not supported in lesson cells", at: accessor
                    )
                }
            }
            guard let getter else { throw compileError("a computed property needs a getter", at: accessors) }
            return TypeDefinition.ComputedProperty(getter: getter, setter: setter)
        }
    }

    private func compileMember(_ member: DeclSyntax, in definition: TypeDefinition) throws {
        switch member.as(DeclSyntaxEnum.self) {
        case .variableDecl, .enumCaseDecl:
            return
        case .functionDecl(let function):
            if let generics = function.genericParameterClause {
                throw compileError("generic methods are not supported in lesson cells", at: generics)
            }
            let isStatic = function.modifiers.contains { ["static", "class"].contains($0.name.text) }
            let name = function.name.text
            let (compiled, _) = try compileFunction(
                name: name, parameters: function.signature.parameterClause.parameters,
                resultType: function.signature.returnClause?.type, body: function.body?.statements,
                memberOf: definition, isStatic: isStatic)
            compiled.isMutating = function.modifiers.contains { $0.name.text == "mutating" }
            if isStatic {
                definition.staticMethods[name, default: []].append(compiled)
            } else {
                definition.methods[name, default: []].append(compiled)
            }
        case .initializerDecl(let initializer):
            if let mark = initializer.optionalMark {
                throw compileError("failable initializers are not supported in lesson cells", at: mark)
            }
            let (compiled, _) = try compileFunction(
                name: "init", parameters: initializer.signature.parameterClause.parameters, resultType: nil,
                body: initializer.body?.statements, memberOf: definition)
            definition.initializers.append(compiled)
        case .deinitializerDecl:
            return
        case .subscriptDecl(let node):
            throw compileError("subscript declarations are not supported in lesson cells", at: node)
        default:
            throw compileError("this member declaration is not supported in lesson cells", at: member)
        }
    }

    func compileEnumDeclaration(_ declaration: EnumDeclSyntax) throws -> Executor {
        if let generics = declaration.genericParameterClause {
            throw compileError("generic enums are not supported in lesson cells", at: generics)
        }
        let definition = TypeDefinition(name: declaration.name.text, kind: .enumType)
        try readInheritance(declaration.inheritanceClause, into: definition)
        let rawType = definition.conformances.first { $0.hasPrefix("RawValue:") }?.dropFirst("RawValue:".count)
        var nextRawInt = 0
        let members = declaration.memberBlock.members.map(\.decl)
        var staticInitializers: [(Variable, Evaluator)] = []
        for member in members {
            if let variable = member.as(VariableDeclSyntax.self) {
                staticInitializers += try declareProperties(variable, in: definition)
            }
            guard let caseDeclaration = member.as(EnumCaseDeclSyntax.self) else { continue }
            for element in caseDeclaration.elements {
                let name = element.name.text
                let labels = element.parameterClause.map { clause in clause.parameters.map { $0.firstName?.text } }
                var rawValue: Value?
                if let explicit = element.rawValue?.value {
                    guard
                        let literal = literalNumber(explicit)?.value
                            ?? explicit.as(StringLiteralExprSyntax.self)
                            .flatMap({ $0.representedLiteralValue }).map(Value.string)
                    else { throw compileError("raw values must be literals", at: explicit) }
                    rawValue = literal
                    if case .int(let integer) = literal { nextRawInt = integer &+ 1 }
                } else if rawType == "Int" {
                    rawValue = .int(nextRawInt)
                    nextRawInt &+= 1
                } else if rawType == "String" {
                    rawValue = .string(name)
                }
                definition.cases.append(
                    TypeDefinition.EnumCase(name: name, payloadLabels: labels, rawValue: rawValue))
            }
        }
        if definition.storedProperties.first != nil {
            throw compileError("enums cannot have stored properties", at: declaration.name)
        }
        for member in members { try compileMember(member, in: definition) }
        if definition.conformances.contains("CaseIterable") {
            let all = Variable(
                .array(
                    definition.cases.map { .enumCase(EnumCaseValue(type: definition, name: $0.name, payload: nil)) }),
                isConstant: true)
            definition.staticVariables["allCases"] = all
        }
        return declareType(definition, staticInitializers: staticInitializers)
    }
}
