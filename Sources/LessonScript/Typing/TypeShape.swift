/// A struct, class, enum or protocol that a cell declared, as the type checker sees it: its members and their
/// types, its superclass and protocols. Extensions (of this cell or a later one) add to it.
///
/// ```swift
/// // struct Point { var x: Double; var y: Double }
/// shape.properties["x"]?.type        // .double
/// shape.memberwiseInitializer?.labels // ["x", "y"]
/// ```
struct TypeShape {
    enum Kind {
        case structType, classType, enumType, protocolType
    }

    var name: String
    var kind: Kind
    /// The superclass's name, for a class that has one (a cell's class or a library's).
    var superclass: String?
    /// The protocols named in the declaration and its extensions.
    var conformances: [String] = []
    /// Properties by name (instance and static).
    var properties: [String: PropertyShape] = [:]
    /// The stored instance properties in declaration order (a struct's memberwise initializer takes them so).
    var storedProperties: [String] = []
    /// Methods by base name, instance and static, each name with its overloads.
    var methods: [String: [FunctionShape]] = [:]
    /// The initializers the declaration and its extensions declare.
    var initializers: [FunctionShape] = []
    /// Whether the declaration itself (not an extension) declares an initializer: a struct then has no
    /// memberwise one.
    var declaresInitializer = false
    /// Enum cases by name.
    var cases: [String: EnumCaseShape] = [:]
    /// An enum's raw value type (`enum Digit: Int`).
    var rawType: StaticType?
    /// Whether the declaration has something the checker does not model (generic parameters, a subscript, a
    /// `lazy var`, a member it could not read): its initializers and missing members are then unknown rather
    /// than errors.
    var isPartlyKnown = false

    /// Whether values of this type are references (a class).
    var isClass: Bool { kind == .classType }

    /// A struct's memberwise initializer, when it has one: a parameter per stored property, optional for those
    /// with an initial value (a `let` with one is not a parameter at all).
    var memberwiseInitializer: FunctionShape? {
        guard kind == .structType, !declaresInitializer, !isPartlyKnown else { return nil }
        let parameters = storedProperties.compactMap { name -> FunctionShape.Parameter? in
            guard let property = properties[name] else { return nil }
            if property.isConstant && property.hasDefault { return nil }
            return FunctionShape.Parameter(label: name, type: property.type, hasDefault: property.hasDefault)
        }
        return FunctionShape(name: "init", parameters: parameters, result: .declared(name))
    }
}

/// A member found on a type: a property, the overloads of a method, or an enum case.
enum MemberShape {
    case property(PropertyShape)
    case methods([FunctionShape])
    case enumCase(EnumCaseShape)
}
