import SwiftSyntax

/// The types of everything the cells of one lesson declared at their top level, carried from cell to cell as
/// the values are: a later cell sees the types of the names an earlier one declared.
///
/// It is a value: the checker works on a copy while it checks a cell, and the session keeps that copy only
/// when the whole cell passed. A name whose cell failed becomes `unknown` (using it is then the runtime's
/// "its cell failed" error, not a type error).
///
/// ```swift
/// var environment = TypeEnvironment()
/// environment.names["lr"] = .variable(.double, isConstant: true)
/// environment.forget(["lr"])   // names["lr"] is now .unknown
/// ```
struct TypeEnvironment {
    /// What a top-level name stands for.
    enum Symbol {
        /// A variable or constant of a type.
        case variable(StaticType, isConstant: Bool)
        /// A function's overloads (told apart by argument labels, as the interpreter does across cells).
        case functions([FunctionShape])
        /// A struct, class, enum or protocol.
        case type(TypeShape)
        /// A name whose type the checker does not know (its cell failed, or it is being declared).
        case unknown
    }

    /// The cells' top-level names.
    var names: [String: Symbol] = [:]
    /// What extensions added to the standard library's types, by the type's name (`Int`, `Array`).
    var extensions: [String: TypeShape] = [:]
    /// The operators that cells declared functions for: an operator a cell gave a meaning has no type errors.
    var declaredOperators: Set<String> = []

    /// Makes `names` unknown: their cell failed.
    mutating func forget(_ names: [String]) {
        for name in names { self.names[name] = .unknown }
    }

    /// The shape of the type a cell declared as `name`, if it is one.
    func shape(named name: String) -> TypeShape? {
        if case .type(let shape)? = names[name] { return shape }
        return nil
    }

    /// Declares a top-level function: it replaces an earlier one with the same argument labels and keeps those
    /// with other labels, as the interpreter does. `keepingSameLabels` keeps them too (two functions of one
    /// cell overloaded by type).
    mutating func declareFunction(_ function: FunctionShape, keepingSameLabels: Bool = false) {
        var overloads: [FunctionShape] = []
        if case .functions(let existing)? = names[function.name] {
            overloads = keepingSameLabels ? existing : existing.filter { $0.labels != function.labels }
        }
        names[function.name] = .functions(overloads + [function])
    }
}

extension TypeEnvironment {
    /// The member `name` of the cell type `typeName` (from its declaration, its extensions, its superclasses and
    /// its protocols' extensions), or `nil` when the checker cannot tell.
    func member(_ name: String, of typeName: String, isStatic: Bool) -> MemberShape? {
        var visited: Set<String> = []
        return member(name, of: typeName, isStatic: isStatic, visited: &visited)
    }

    private func member(
        _ name: String, of typeName: String, isStatic: Bool, visited: inout Set<String>
    )
        -> MemberShape?
    {
        guard visited.insert(typeName).inserted, let shape = shape(named: typeName) else { return nil }
        if let property = shape.properties[name] {
            return property.isStatic == isStatic ? .property(property) : nil
        }
        if let methods = shape.methods[name] {
            let matching = methods.filter { $0.isStatic == isStatic }
            return matching.count == methods.count ? .methods(matching) : nil
        }
        if isStatic, let enumCase = shape.cases[name] { return .enumCase(enumCase) }
        if let implied = impliedMember(name, of: shape, isStatic: isStatic) { return implied }
        if let superclass = shape.superclass {
            return member(name, of: superclass, isStatic: isStatic, visited: &visited)
        }
        for protocolName in shape.conformances {
            if let found = member(name, of: protocolName, isStatic: isStatic, visited: &visited) { return found }
        }
        return nil
    }

    /// Members Swift gives an enum: `rawValue` and `allCases`.
    private func impliedMember(_ name: String, of shape: TypeShape, isStatic: Bool) -> MemberShape? {
        guard shape.kind == .enumType else { return nil }
        switch (name, isStatic) {
        case ("rawValue", false):
            guard let rawType = shape.rawType else { return nil }
            return .property(
                PropertyShape(
                    type: rawType, isConstant: true, isStored: false, isSettable: false, isStatic: false,
                    hasDefault: false))
        case ("allCases", true) where shape.conformances.contains("CaseIterable"):
            return .property(
                PropertyShape(
                    type: .array(.declared(shape.name)), isConstant: true, isStored: false, isSettable: false,
                    isStatic: true, hasDefault: false))
        default: return nil
        }
    }

    /// Whether the cell class `subclass` is `ancestor` or inherits from it; `nil` when the chain leaves the
    /// cells' classes before an answer (a library superclass).
    func isClass(_ subclass: String, descendedFrom ancestor: String) -> Bool? {
        var current: String? = subclass
        var steps = 0
        while let name = current, steps < 1000 {
            if name == ancestor { return true }
            guard let shape = shape(named: name), shape.kind == .classType else { return nil }
            current = shape.superclass
            steps += 1
        }
        return false
    }
}

extension TypeEnvironment {
    /// The type `syntax` names, with `generics` the generic parameters in scope (unknown types).
    func resolve(_ syntax: TypeSyntax, generics: Set<String> = []) -> StaticType {
        switch syntax.as(TypeSyntaxEnum.self) {
        case .identifierType(let identifier):
            return resolveNamed(identifier, generics: generics)
        case .optionalType(let optional):
            return .optional(resolve(optional.wrappedType, generics: generics))
        case .implicitlyUnwrappedOptionalType(let optional):
            return .optional(resolve(optional.wrappedType, generics: generics))
        case .arrayType(let array):
            return .array(resolve(array.element, generics: generics))
        case .dictionaryType(let dictionary):
            return .dictionary(
                resolve(dictionary.key, generics: generics), resolve(dictionary.value, generics: generics))
        case .tupleType(let tuple):
            let elements = tuple.elements.map { resolve($0.type, generics: generics) }
            let labels = tuple.elements.map { element in element.firstName.flatMap { $0.text == "_" ? nil : $0.text } }
            if elements.isEmpty { return .void }
            if elements.count == 1, labels[0] == nil, tuple.elements.first?.ellipsis == nil { return elements[0] }
            return .tuple(elements, labels: labels)
        case .functionType(let function):
            if function.effectSpecifiers != nil { return .unknown }
            let parameters = function.parameters.map { parameter -> StaticType in
                if parameter.type.is(AttributedTypeSyntax.self) || parameter.ellipsis != nil { return .unknown }
                return resolve(parameter.type, generics: generics)
            }
            return .function(parameters, resolve(function.returnClause.type, generics: generics))
        case .someOrAnyType(let existential):
            return resolve(existential.constraint, generics: generics)
        case .attributedType(let attributed):
            return attributed.specifiers.isEmpty ? resolve(attributed.baseType, generics: generics) : .unknown
        default:
            return .unknown
        }
    }

    private func resolveNamed(_ identifier: IdentifierTypeSyntax, generics: Set<String>) -> StaticType {
        let name = identifier.name.text
        let arguments = identifier.genericArgumentClause?.arguments.compactMap { argument in
            argument.argument.as(TypeSyntax.self).map { resolve($0, generics: generics) }
        }
        if generics.contains(name) { return .unknown }
        switch (name, arguments?.count ?? 0) {
        case ("Int", 0): return .int
        case ("Double", 0): return .double
        case ("Bool", 0): return .bool
        case ("String", 0): return .string
        case ("Character", 0): return .character
        case ("Void", 0): return .void
        case ("Optional", 1): return .optional(arguments![0])
        case ("Array", 1): return .array(arguments![0])
        case ("Set", 1): return .set(arguments![0])
        case ("Dictionary", 2): return .dictionary(arguments![0], arguments![1])
        case ("Range", 1): return .range(arguments![0], isClosed: false)
        case ("ClosedRange", 1): return .range(arguments![0], isClosed: true)
        default: return shape(named: name) == nil ? .unknown : .declared(name)
        }
    }
}
