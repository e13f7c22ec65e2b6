import SwiftSyntax

extension Compiler {
    /// A `protocol`: the protocols it refines and its requirements (properties with `{ get }` or `{ get set }`,
    /// methods, `mutating` methods, initializers, static members). A value of the protocol's type is the
    /// conforming value itself, so `any P` and `some P` need nothing at run time.
    func compileProtocolDeclaration(_ declaration: ProtocolDeclSyntax) throws -> Executor {
        if let executor = compiledTypeDeclarations[declaration.id] { return executor }
        let definition = TypeDefinition(name: declaration.name.text, kind: .protocolType)
        pendingTypeDeclarations[definition.name] = nil
        try readInheritance(declaration.inheritanceClause, of: declaration.name, into: definition)
        cellTypes[definition.name] = definition
        for member in declaration.memberBlock.members {
            try readRequirement(member.decl, into: definition)
        }
        let executor = declareType(definition, staticInitializers: [])
        compiledTypeDeclarations[declaration.id] = executor
        return executor
    }

    private func readRequirement(_ member: DeclSyntax, into definition: TypeDefinition) throws {
        switch member.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            let modifiers = MemberModifiers(variable.modifiers)
            for binding in variable.bindings {
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw compileError("a property requirement must have a single name", at: binding.pattern)
                }
                if variable.bindingSpecifier.tokenKind == .keyword(.let) {
                    throw compileError(
                        "protocols cannot require properties to be immutable; declare read-only properties by using "
                            + "'var' with a '{ get }' specifier", at: identifier)
                }
                if binding.accessorBlock == nil {
                    throw compileError(
                        "property in protocol must have explicit { get } or { get set } specifier", at: identifier)
                }
                var isSettable = false
                if case .accessors(let accessors)? = binding.accessorBlock?.accessors {
                    isSettable = accessors.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
                }
                definition.requirements.append(
                    TypeDefinition.Requirement(
                        name: identifier.identifier.text, isStatic: modifiers.isStatic, isMethod: false, labels: [],
                        isMutating: false, isSettable: isSettable))
            }
        case .functionDecl(let function):
            if let body = function.body {
                throw compileError("protocol methods must not have bodies", at: body.leftBrace)
            }
            let modifiers = MemberModifiers(function.modifiers)
            definition.requirements.append(
                TypeDefinition.Requirement(
                    name: function.name.text, isStatic: modifiers.isStatic, isMethod: true,
                    labels: function.signature.parameterClause.parameters.map(\.argumentLabel),
                    isMutating: modifiers.isMutating, isSettable: false))
        case .initializerDecl(let initializer):
            definition.requirements.append(
                TypeDefinition.Requirement(
                    name: "init", isStatic: true, isMethod: true,
                    labels: initializer.signature.parameterClause.parameters.map(\.argumentLabel), isMutating: false,
                    isSettable: false))
        case .associatedTypeDecl, .typeAliasDecl:
            return
        default:
            throw compileError("this requirement is not supported in lesson protocols", at: member)
        }
    }

    /// Every requirement of every protocol the type conforms to must be met by its own members, inherited ones
    /// or a protocol extension's default; `Comparable` needs `<`, and a class's `Equatable` needs `==` (swiftc
    /// synthesizes them only for structs and enums).
    func checkConformances(of definition: TypeDefinition, at nameToken: TokenSyntax) throws {
        for protocolType in definition.allProtocols {
            guard
                let unmet = protocolType.requirements.first(where: {
                    !definition.satisfies($0) && !extendedTypeProvides($0, definition)
                })
            else { continue }
            if unmet.isMethod, unmet.name == "init" {
                try checkInitializerRequirement(unmet, of: protocolType, definition, at: nameToken)
            }
            if unmet.isMethod, unmet.name != "init",
                let near =
                    (unmet.isStatic
                    ? definition.staticMethodOverloads(unmet.name) : definition.instanceMethods(unmet.name))?
                    .first(where: { $0.parameters.count == unmet.labels.count })
            {
                let kind = unmet.isStatic ? "static method" : "instance method"
                // swiftc names a method by its base name alone when none of its parameters has a label.
                func spelling(_ labels: [String?]) -> String {
                    labels.allSatisfy { $0 == nil }
                        ? unmet.name : unmet.name + "(" + labels.map { "\($0 ?? "_"):" }.joined() + ")"
                }
                throw RuntimeError(
                    "\(kind) '\(spelling(near.labelList))' has different argument labels from those required by "
                        + "protocol '\(protocolType.name)' ('\(spelling(unmet.labels))')",
                    at: near.declarationSpot ?? spot(nameToken))
            }
            throw compileError(
                "type '\(definition.name)' does not conform to protocol '\(protocolType.name)'", at: nameToken)
        }
        let comparableNeedsOperator = definition.kind != .enumType || definition.hasPayloadCases
        if definition.conformances.contains("Comparable"), comparableNeedsOperator,
            definition.staticMethodOverloads("<") == nil
        {
            throw compileError("type '\(definition.name)' does not conform to protocol 'Comparable'", at: nameToken)
        }
        for name in ["Equatable", "Hashable"] where definition.conformances.contains(name) {
            if definition.kind == .classType, definition.staticMethodOverloads("==") == nil {
                throw compileError("type '\(definition.name)' does not conform to protocol '\(name)'", at: nameToken)
            }
        }
    }
}

extension Compiler {
    /// Whether the standard-library or library type that `definition` extends has a member meeting `requirement`
    /// of its own (`extension Int: Zero {}` where `Zero` asks for `static var zero` and `+`). What the
    /// interpreter cannot look up (operators and initializers of `Int`, `Double`, `String`...) counts as met, so
    /// that no conformance swiftc accepts is refused.
    private func extendedTypeProvides(_ requirement: TypeDefinition.Requirement, _ definition: TypeDefinition) -> Bool {
        guard definition.kind == .extensionType else { return false }
        if let binding = runtime.bindings.typesByName[definition.name] {
            return binding.hasMember(requirement.name)
        }
        guard let builtin = BuiltinType(rawValue: definition.name) else { return false }
        if requirement.name == "init" || requirement.name.first?.isLetter != true { return true }
        if requirement.isStatic { return (try? StandardLibrary.staticMember(of: builtin, requirement.name)) != nil }
        return StandardLibrary.hasMember(named: requirement.name, of: builtin)
    }

    /// An initializer requirement that an initializer of another labels nearly meets: swiftc names both.
    private func checkInitializerRequirement(
        _ requirement: TypeDefinition.Requirement, of protocolType: TypeDefinition, _ definition: TypeDefinition,
        at nameToken: TokenSyntax
    ) throws {
        var candidates = definition.availableInitializers.map { ($0.labelList, $0.declarationSpot ?? spot(nameToken)) }
        if definition.kind == .structType, !definition.declaresInitializers {
            candidates.append((definition.storedProperties.map(\.name), spot(nameToken)))
        }
        guard let near = candidates.first(where: { $0.0.count == requirement.labels.count }) else { return }
        func spelling(_ labels: [String?]) -> String { "init(" + labels.map { "\($0 ?? "_"):" }.joined() + ")" }
        throw RuntimeError(
            "initializer '\(spelling(near.0))' has different argument labels from those required by protocol "
                + "'\(protocolType.name)' ('\(spelling(requirement.labels))')", at: near.1)
    }
}

extension FunctionParameterSyntax {
    /// The argument label a call uses: `nil` for `_`.
    var argumentLabel: String? {
        firstName.text == "_" ? nil : firstName.text
    }
}

extension TypeDefinition {
    /// The protocols declared in cells that this type conforms to, directly, through a superclass or through
    /// protocol refinement, each once.
    var allProtocols: [TypeDefinition] {
        var result: [TypeDefinition] = []
        var pending = protocols + (superclass?.allProtocols ?? [])
        var visited: Set<ObjectIdentifier> = []
        while !pending.isEmpty {
            let next = pending.removeFirst()
            guard visited.insert(ObjectIdentifier(next)).inserted else { continue }
            result.append(next)
            pending += next.protocols
        }
        return result
    }

    /// Whether an enum case carries associated values (an enum without them is `Comparable` by case order).
    var hasPayloadCases: Bool {
        cases.contains { $0.payloadLabels != nil }
    }

    /// Whether a struct's memberwise initializer takes `labels`: its stored properties in order, leaving out only
    /// those with a default (so `init()` when every one has a default).
    private func memberwiseTakes(_ labels: [String?]) -> Bool {
        var remaining = labels[...]
        for property in storedProperties where property.lazyInitializer == nil {
            if let next = remaining.first, next == property.name {
                remaining = remaining.dropFirst()
            } else if property.defaultValue == nil, !property.isOptionalVariable {
                return false
            }
        }
        return remaining.isEmpty
    }

    /// Whether this type meets `requirement` with a member of its own, an inherited one, or a default from a
    /// protocol extension.
    func satisfies(_ requirement: Requirement) -> Bool {
        let name = requirement.name
        if requirement.isMethod {
            if name == "init" {
                return availableInitializers.contains { $0.labelList == requirement.labels }
                    || (kind == .structType && !declaresInitializers && memberwiseTakes(requirement.labels))
            }
            let candidates = requirement.isStatic ? staticMethodOverloads(name) : instanceMethods(name)
            return candidates?.contains { $0.labelList == requirement.labels } ?? false
                || (requirement.isStatic
                    && requirement.labels.count == (enumCase(named: name)?.payloadLabels?.count ?? -1))
        }
        if requirement.isStatic {
            if staticVariable(name) != nil { return true }
            if enumCase(named: name) != nil { return !requirement.isSettable }
            guard let property = staticComputedProperty(name) else { return false }
            return !requirement.isSettable || property.setter != nil
        }
        if let index = fieldIndices[name] { return !requirement.isSettable || !storedProperties[index].isConstant }
        guard let property = computedProperty(name) else { return false }
        return !requirement.isSettable || property.setter != nil
    }
}
