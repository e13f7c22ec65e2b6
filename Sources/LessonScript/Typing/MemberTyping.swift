import SwiftSyntax

extension TypeChecker {
    /// `base.name`, or `.name` with the type the context expects.
    func inferMemberAccess(_ access: MemberAccessExprSyntax, expected: StaticType?) throws -> StaticType {
        let name = access.declName.baseName.text
        guard let base = access.base else { return implicitMemberType(name, expected: expected) }
        if base.is(SuperExprSyntax.self) { return .unknown }
        let baseType = try infer(base)
        if case .optional(let wrapped) = baseType {
            try requireUnwrapped(base, baseType, wrapped, member: name)
            return .unknown
        }
        try requireMember(name, of: baseType, at: access.declName)
        return memberType(name, of: baseType)
    }

    /// `x.name` where `x` is a cell type's value (or an `any P`) that has no member `name`: swiftc's error, when
    /// the checker knows every member of the type (`first.bark()` with `first: Animal`).
    func requireMember(_ name: String, of type: StaticType, at node: some SyntaxProtocol) throws {
        guard case .declared(let typeName) = type, !Self.universalMembers.contains(name),
            environment.member(name, of: typeName, isStatic: false) == nil,
            environment.member(name, of: typeName, isStatic: true) == nil, hasKnownMembers(type),
            let shape = environment.shape(named: typeName)
        else { return }
        let spelled = shape.kind == .protocolType ? "any \(typeName)" : typeName
        throw typeError("value of type '\(spelled)' has no member '\(name)'", at: node)
    }

    /// Members every value has, or that the standard protocols a type may conform to give it.
    static let universalMembers: Set<String> = ["self", "hashValue", "hash", "init"]

    /// The type of the member `name` of a value of `type`, or unknown.
    func memberType(_ name: String, of type: StaticType) -> StaticType {
        switch type {
        case .metatype(let instance): return staticMemberType(name, of: instance)
        case .declared(let typeName):
            switch environment.member(name, of: typeName, isStatic: false) {
            case .property(let property)?: return property.type
            case .methods(let overloads)?: return overloads.count == 1 ? overloads[0].functionType : .unknown
            default: return .unknown
            }
        case .tuple(let elements, let labels):
            if let index = Int(name), elements.indices.contains(index) { return elements[index] }
            if let index = labels.firstIndex(of: name) { return elements[index] }
            return .unknown
        default:
            switch extensionMember(name, of: type, isStatic: false) {
            case .property(let property)?: return property.type
            case .methods(let overloads)?: return overloads.count == 1 ? overloads[0].functionType : .unknown
            default: return standardProperty(name, of: type) ?? .unknown
            }
        }
    }

    /// A member of an optional that is not unwrapped: swiftc's error when the wrapped type has the member.
    func requireUnwrapped(
        _ base: ExprSyntax, _ baseType: StaticType, _ wrapped: StaticType, member name: String
    )
        throws
    {
        guard baseType.isFullyKnown, environment.isClosed(wrapped) || hasKnownMembers(wrapped),
            !Self.optionalMembers.contains(name),
            memberType(name, of: wrapped) != .unknown || hasStandardMethod(name, of: wrapped)
        else { return }
        throw typeError(
            "value of optional type '\(baseType.description)' must be unwrapped to refer to member '\(name)' of "
                + "wrapped base type '\(wrapped.description)'", at: anchor(base))
    }

    /// The members `Optional` has itself.
    static let optionalMembers: Set<String> = [
        "map", "flatMap", "unsafelyUnwrapped", "debugDescription", "customMirror", "hashValue", "hash", "self",
    ]

    /// A static member: `Point.origin`, `Direction.north`, `Int.max`.
    private func staticMemberType(_ name: String, of type: StaticType) -> StaticType {
        switch type {
        case .declared(let typeName):
            switch environment.member(name, of: typeName, isStatic: true) {
            case .property(let property)?: return property.type
            case .enumCase(let enumCase)?: return enumCase.payload == nil ? .declared(typeName) : .unknown
            case .methods(let overloads)?: return overloads.count == 1 ? overloads[0].functionType : .unknown
            default: return .unknown
            }
        case .int where name == "max" || name == "min": return .int
        case .double where ["pi", "infinity", "nan", "greatestFiniteMagnitude", "ulpOfOne"].contains(name):
            return .double
        default:
            if case .property(let property)? = extensionMember(name, of: type, isStatic: true) { return property.type }
            return .unknown
        }
    }

    /// `.north` where an enum (or one of its optionals) is expected: a case, or a static property.
    private func implicitMemberType(_ name: String, expected: StaticType?) -> StaticType {
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        guard case .declared(let typeName)? = target else { return .unknown }
        return staticMemberType(name, of: .declared(typeName))
    }

    /// A member that a cell's extension gave a standard-library type (`extension Int { var thousands... }`).
    func extensionMember(_ name: String, of type: StaticType, isStatic: Bool) -> MemberShape? {
        guard let typeName = type.standardTypeName, let shape = environment.extensions[typeName] else { return nil }
        if let property = shape.properties[name], property.isStatic == isStatic { return .property(property) }
        if let methods = shape.methods[name] { return .methods(methods.filter { $0.isStatic == isStatic }) }
        return nil
    }
}

extension StaticType {
    /// The name under which extensions of this standard-library type are filed.
    var standardTypeName: String? {
        switch defaulted {
        case .int, .double, .bool, .string, .character: defaulted.description
        case .array: "Array"
        case .dictionary: "Dictionary"
        case .set: "Set"
        case .optional: "Optional"
        default: nil
        }
    }
}
