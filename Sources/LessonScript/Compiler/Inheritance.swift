import SwiftSyntax

/// Swift's protocols that a cell type may name in its inheritance clause. `CustomStringConvertible` changes how
/// values print, `CaseIterable` adds `allCases`; `Equatable`, `Hashable` and `Comparable` are what the
/// interpreter's `==`, hashing and ordering already do (or the type's own `==` and `<`); the rest add nothing.
private let swiftProtocols: Set<String> = [
    "CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Hashable", "Comparable", "Error",
    "Codable", "Encodable", "Decodable", "Identifiable", "Sendable", "CaseIterable", "AnyObject",
]

/// The raw-value types an enum may declare.
private let rawValueTypes: Set<String> = ["Int", "String", "Double", "Float", "Character"]

/// What a member declaration may override.
enum OverridingMember {
    case method(labels: [String?])
    case initializer(labels: [String?])
    case property(isStored: Bool, isSettable: Bool)
}

extension Compiler {
    /// The type `name` names at compile time: one declared earlier in this cell (or further down: it is compiled
    /// first), or by an earlier cell.
    func declaredType(named name: String) throws -> TypeDefinition? {
        if let local = cellTypes[name] { return local }
        if let pending = pendingTypeDeclarations.removeValue(forKey: name) {
            _ = try inContext(topLevel) { try compileItem(.decl(pending)) }
            return cellTypes[name]
        }
        guard let index = runtime.globals.index(of: name),
            case .type(.declared(let definition)) = runtime.globals[index].value
        else { return nil }
        return definition
    }

    /// Reads `: Superclass, Protocol, ...`: a cell class or an open library class (`Module`) first for a class,
    /// protocols declared in cells, Swift's own protocols, an enum's raw-value type; anything else is an error in
    /// swiftc's words.
    func readInheritance(
        _ clause: InheritanceClauseSyntax?, of nameToken: TokenSyntax, into definition: TypeDefinition
    ) throws {
        var seen: Set<String> = []
        for (position, inherited) in (clause?.inheritedTypes ?? []).enumerated() {
            let name = inherited.type.trimmedDescription
            guard seen.insert(name).inserted else {
                let isProtocol = try swiftProtocols.contains(name) || declaredType(named: name)?.kind == .protocolType
                throw compileError(
                    isProtocol
                        ? "redundant conformance of '\(definition.name)' to protocol '\(name)'"
                        : "duplicate inheritance from '\(name)'", at: inherited.type)
            }
            if swiftProtocols.contains(name) {
                definition.conformances.insert(name)
                continue
            }
            if definition.kind == .enumType, position == 0, rawValueTypes.contains(name) {
                definition.conformances.insert("RawValue:" + (name == "Float" ? "Double" : name))
                continue
            }
            if let parent = try declaredType(named: name) {
                try inherit(
                    from: parent, position: position, nameToken: nameToken, at: inherited.type, into: definition)
                continue
            }
            if let binding = runtime.bindings.typesByName[name] {
                guard definition.kind == .classType else {
                    throw compileError(nonProtocolMessage(name, definition), at: nameToken)
                }
                guard position == 0 else {
                    throw compileError(
                        "superclass '\(name)' must appear first in the inheritance clause", at: inherited.type)
                }
                guard binding.isOpen else {
                    throw compileError("inheritance from a final class '\(name)'", at: nameToken)
                }
                definition.nativeSuperclass = binding
                continue
            }
            if BuiltinType(rawValue: name) != nil || rawValueTypes.contains(name) {
                throw compileError(nonProtocolMessage(name, definition), at: nameToken)
            }
            throw compileError("cannot find type '\(name)' in scope", at: inherited.type)
        }
    }

    private func inherit(
        from parent: TypeDefinition, position: Int, nameToken: TokenSyntax, at inherited: TypeSyntax,
        into definition: TypeDefinition
    ) throws {
        if parent.kind == .protocolType {
            definition.protocols.append(parent)
            return
        }
        guard parent.kind == .classType, definition.kind == .classType, position == 0 else {
            if parent.kind == .classType, definition.kind == .classType {
                throw compileError(
                    "superclass '\(parent.name)' must appear first in the inheritance clause", at: inherited)
            }
            throw compileError(nonProtocolMessage(parent.name, definition), at: nameToken)
        }
        if parent.isFinal {
            throw compileError("inheritance from a final class '\(parent.name)'", at: nameToken)
        }
        definition.superclass = parent
        definition.nativeSuperclass = parent.nativeSuperclass
        definition.storedProperties = parent.storedProperties
        definition.fieldIndices = parent.fieldIndices
    }

    private func nonProtocolMessage(_ name: String, _ definition: TypeDefinition) -> String {
        definition.kind == .classType
            ? "inheritance from non-protocol, non-class type '\(name)'" : "inheritance from non-protocol type '\(name)'"
    }

    /// The rules of `override` and `final`, checked as swiftc checks them: a member that replaces an inherited
    /// one says `override`, one that says it replaces something, and nothing `final` is replaced.
    func checkOverride(
        of member: OverridingMember, named name: String, token: TokenSyntax, modifiers: MemberModifiers,
        in definition: TypeDefinition
    ) throws {
        guard definition.kind == .classType else {
            if let keyword = modifiers.overrideKeyword, definition.kind != .extensionType {
                throw compileError("'override' can only be specified on class members", at: keyword)
            }
            return
        }
        switch member {
        case .method(let labels):
            try checkMethodOverride(name, labels, token, modifiers, definition)
        case .initializer(let labels):
            try checkInitializerOverride(labels, token, modifiers, definition)
        case .property(let isStored, let isSettable):
            try checkPropertyOverride(name, isStored, isSettable, token, modifiers, definition)
        }
    }

    private func checkMethodOverride(
        _ name: String, _ labels: [String?], _ token: TokenSyntax, _ modifiers: MemberModifiers,
        _ definition: TypeDefinition
    ) throws {
        let inherited: [CompiledFunction] =
            (modifiers.isStatic
                ? definition.superclass?.staticMethodOverloads(name) : definition.superclass?.instanceMethods(name))
            ?? []
        let native = modifiers.isStatic ? [] : definition.nativeMethodSignatures(name)
        if let match = inherited.first(where: { $0.labelList == labels }) {
            guard modifiers.isOverride else {
                throw compileError("overriding declaration requires an 'override' keyword", at: token)
            }
            if match.isFinal {
                let message =
                    !modifiers.isStatic
                    ? "instance method overrides a 'final' instance method"
                    : match.isClassMember
                        ? "class method overrides a 'final' class method" : "cannot override static method"
                throw compileError(message, at: token)
            }
            return
        }
        if let match = native.first(where: { $0.labels == labels }) {
            guard modifiers.isOverride else {
                throw compileError("overriding declaration requires an 'override' keyword", at: token)
            }
            guard match.isOpen else {
                throw compileError("overriding non-open instance method outside of its defining module", at: token)
            }
            return
        }
        guard modifiers.isOverride else { return }
        let candidates = inherited.map(\.labelList) + native.map(\.labels)
        if let sameArity = candidates.first(where: { $0.count == labels.count }) {
            throw compileError(
                "argument labels for method '\(spelling(name, labels))' do not match those of overridden method "
                    + "'\(spelling(name, sameArity))'", at: token)
        }
        throw compileError("method does not override any method from its superclass", at: token)
    }

    private func checkInitializerOverride(
        _ labels: [String?], _ token: TokenSyntax, _ modifiers: MemberModifiers, _ definition: TypeDefinition
    ) throws {
        let inherited: [[String?]]
        if let superclass = definition.superclass {
            let initializers = superclass.availableInitializers
            inherited = initializers.isEmpty ? [[]] : initializers.map(\.labelList)
            if !modifiers.isRequired, initializers.contains(where: { $0.isRequired && $0.labelList == labels }) {
                throw compileError("use the 'required' modifier to override a required initializer", at: token)
            }
        } else if let native = definition.nativeSuperclass {
            inherited =
                native.lookup { $0.subclassInitializers.isEmpty ? nil : $0.subclassInitializers }?
                .map { $0.signature.parameters.map(\.label) } ?? []
        } else {
            inherited = []
        }
        if inherited.contains(labels) {
            guard modifiers.isOverride || modifiers.isRequired else {
                throw compileError("overriding declaration requires an 'override' keyword", at: token)
            }
            return
        }
        guard modifiers.isOverride else { return }
        if let sameArity = inherited.first(where: { $0.count == labels.count }) {
            throw compileError(
                "argument labels for initializer '\(spelling("init", labels))' do not match those of overridden "
                    + "initializer '\(spelling("init", sameArity))'", at: token)
        }
        throw compileError("initializer does not override a designated initializer from its superclass", at: token)
    }

    private func checkPropertyOverride(
        _ name: String, _ isStored: Bool, _ isSettable: Bool, _ token: TokenSyntax, _ modifiers: MemberModifiers,
        _ definition: TypeDefinition
    ) throws {
        guard let superclass = definition.superclass else {
            if modifiers.isOverride {
                throw compileError("property does not override any property from its superclass", at: token)
            }
            return
        }
        let inheritedSettable: Bool?
        if modifiers.isStatic {
            if superclass.staticVariable(name) != nil {
                inheritedSettable = true
            } else {
                inheritedSettable = superclass.staticComputedProperty(name).map { $0.setter != nil }
            }
        } else if let index = superclass.fieldIndices[name] {
            inheritedSettable = !superclass.storedProperties[index].isConstant
        } else {
            inheritedSettable = superclass.computedProperty(name).map { $0.setter != nil }
        }
        guard let inheritedSettable else {
            if modifiers.isOverride {
                throw compileError("property does not override any property from its superclass", at: token)
            }
            return
        }
        if isStored { throw compileError("cannot override with a stored property '\(name)'", at: token) }
        if !modifiers.isStatic, let index = superclass.fieldIndices[name], superclass.storedProperties[index].isConstant
        {
            throw compileError(
                "cannot override immutable 'let' property '\(name)' with the getter of a 'var'", at: token)
        }
        guard modifiers.isOverride else {
            throw compileError("overriding declaration requires an 'override' keyword", at: token)
        }
        if inheritedSettable, !isSettable {
            throw compileError("cannot override mutable property with read-only property '\(name)'", at: token)
        }
        if superclass.isFinalMember(name) { throw compileError("property overrides a 'final' property", at: token) }
    }

    /// A class must be able to initialize its stored properties: without an `init` of its own, each needs a
    /// default value.
    func checkInitializers(of definition: TypeDefinition, at nameToken: TokenSyntax) throws {
        guard definition.kind == .classType, !definition.declaresInitializers else { return }
        let inheritedCount = definition.superclass?.storedProperties.count ?? 0
        let missing = definition.storedProperties.dropFirst(inheritedCount).contains { property in
            property.defaultValue == nil && property.lazyInitializer == nil && !property.isOptionalVariable
        }
        if missing { throw compileError("class '\(definition.name)' has no initializers", at: nameToken) }
    }

    private func spelling(_ name: String, _ labels: [String?]) -> String {
        name + "(" + labels.map { "\($0 ?? "_"):" }.joined() + ")"
    }
}

extension TypeDefinition {
    /// The library methods named `name` of the library class this class inherits from: their labels, and
    /// whether a subclass may override them.
    func nativeMethodSignatures(_ name: String) -> [(labels: [String?], isOpen: Bool)] {
        guard let native = nativeSuperclass else { return [] }
        return native.methodOverloads(name).map { binding in
            (binding.signature.parameters.map(\.label), native.isOverridable(binding.signature.description))
        }
    }

    /// Whether `name` is a `final` (or static) property of this class or a superclass.
    func isFinalMember(_ name: String) -> Bool {
        finalMembers.contains(name) || superclass?.isFinalMember(name) == true
    }

    /// The designated initializers (not `convenience` ones): its own, or when it declares none, its superclass's.
    var designatedInitializers: [CompiledFunction] {
        if declaresInitializers { return initializers.filter { !$0.isConvenience } }
        return superclass?.designatedInitializers ?? []
    }

    /// The initializers that make an instance: its own, and unless it declares designated ones, its
    /// superclass's (a subclass that only adds defaulted properties inherits them, as in Swift).
    var availableInitializers: [CompiledFunction] {
        guard let superclass else { return initializers }
        if !declaresInitializers { return initializers + superclass.availableInitializers }
        // A subclass that overrides every designated initializer inherits the convenience ones.
        let own = Set(initializers.map { $0.labelList.map { $0 ?? "_" }.joined(separator: ":") })
        let overridesAll = superclass.designatedInitializers.allSatisfy {
            own.contains($0.labelList.map { $0 ?? "_" }.joined(separator: ":"))
        }
        guard overridesAll else { return initializers }
        let convenience = superclass.availableInitializers.filter { inherited in
            inherited.isConvenience && !initializers.contains { $0.labelList == inherited.labelList }
        }
        return initializers + convenience
    }
}

extension TypeDefinition.StoredProperty {
    /// A `var` of optional type without a default, which starts as `nil`.
    var isOptionalVariable: Bool {
        guard !isConstant, case .optional? = annotation else { return false }
        return true
    }
}
