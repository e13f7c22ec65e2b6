/// What a bare name means to the checker, found in the interpreter's order: locals (innermost first), members
/// of `self`, the cells' globals, the library's names, the standard library's.
enum NameMeaning {
    /// A local or global variable.
    case variable(StaticType, isConstant: Bool, isGlobal: Bool)
    /// A cell's function or local function, with its overloads.
    case functions([FunctionShape])
    /// A member of `self` reached by its bare name inside a method.
    case selfMember(MemberShape)
    /// A type used as a value (`Point`, `Int`).
    case type(StaticType)
    /// A function of the library's binding table.
    case libraryFunction(String)
    /// A type of the library's binding table (`Linear`), used as a value or called to make one.
    case libraryType(String)
    /// Anything else, or a name the checker cannot tell.
    case unknown

    /// The type of the name used as a value.
    var valueType: StaticType {
        switch self {
        case .variable(let type, _, _): type
        case .functions(let overloads): overloads.count == 1 ? overloads[0].functionType : .unknown
        case .selfMember(.property(let property)): property.type
        case .selfMember(.methods(let overloads)): overloads.count == 1 ? overloads[0].functionType : .unknown
        case .type(let type): .metatype(type)
        case .selfMember(.enumCase), .libraryFunction, .libraryType, .unknown: .unknown
        }
    }
}

extension TypeChecker {
    /// The meaning of the bare name `name` here.
    func lookup(_ name: String) -> NameMeaning {
        for scope in scopes.reversed() {
            if let symbol = scope[name] { return meaning(of: symbol, isGlobal: false) }
        }
        if name == "self" { return selfMeaning }
        if let selfType = body.selfType {
            if let member = selfMember(name, of: selfType) { return .selfMember(member) }
            if !hasKnownMembers(selfType) { return .unknown }
        }
        if let symbol = environment.names[name] { return meaning(of: symbol, isGlobal: true) }
        if bindings.functions[name] != nil { return .libraryFunction(name) }
        if bindings.constants[name] != nil { return .unknown }
        if bindings.typesByName[name] != nil { return .libraryType(name) }
        switch name {
        case "Int": return .type(.int)
        case "Double": return .type(.double)
        case "Bool": return .type(.bool)
        case "String": return .type(.string)
        case "Character": return .type(.character)
        default: return .unknown
        }
    }

    private func meaning(of symbol: TypeEnvironment.Symbol, isGlobal: Bool) -> NameMeaning {
        switch symbol {
        case .variable(let type, let isConstant): .variable(type, isConstant: isConstant, isGlobal: isGlobal)
        case .functions(let overloads): .functions(overloads)
        case .type(let shape): .type(shape.kind == .protocolType ? .unknown : .declared(shape.name))
        case .unknown: .unknown
        }
    }

    /// `self`: the instance in a method (a constant unless `self` may change), the type in a static one.
    private var selfMeaning: NameMeaning {
        guard let selfType = body.selfType else { return .unknown }
        if body.isStatic { return .variable(.metatype(selfType), isConstant: true, isGlobal: false) }
        return .variable(selfType, isConstant: !body.selfIsMutable || isReference(selfType), isGlobal: false)
    }

    /// A member of `self`'s type by its bare name.
    private func selfMember(_ name: String, of selfType: StaticType) -> MemberShape? {
        switch selfType {
        case .declared(let typeName): environment.member(name, of: typeName, isStatic: body.isStatic)
        default: extensionMember(name, of: selfType, isStatic: body.isStatic)
        }
    }

    /// Whether the checker knows every member of `type`, so that a bare name that is none of them inside its
    /// methods is a global: a cell's struct, enum or class whose superclasses and protocols are the cells' own
    /// or the standard library's common ones.
    func hasKnownMembers(_ type: StaticType) -> Bool {
        guard case .declared(let name) = type else { return false }
        var visited: Set<String> = []
        return hasKnownMembers(name, visited: &visited)
    }

    private func hasKnownMembers(_ name: String, visited: inout Set<String>) -> Bool {
        if Self.plainProtocols.contains(name) { return true }
        guard visited.insert(name).inserted else { return true }
        guard let shape = environment.shape(named: name), !shape.isPartlyKnown || shape.kind == .protocolType
        else { return false }
        if let superclass = shape.superclass, !hasKnownMembers(superclass, visited: &visited) { return false }
        return shape.conformances.allSatisfy { hasKnownMembers($0, visited: &visited) }
    }

    /// Standard-library protocols whose members a conforming type declares itself (or which add none that a
    /// method body would reach by a bare name).
    static let plainProtocols: Set<String> = [
        "CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Comparable", "Hashable",
        "CaseIterable", "Sendable", "Codable", "Encodable", "Decodable", "AnyObject",
    ]

    /// Whether values of `type` are references (a cell's class), so a `let` holding one still lets its
    /// properties change.
    func isReference(_ type: StaticType) -> Bool {
        guard case .declared(let name) = type, let shape = environment.shape(named: name) else { return false }
        return shape.kind == .classType
    }
}
