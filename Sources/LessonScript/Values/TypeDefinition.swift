/// A `struct`, `class` or `enum` declared in a cell (its members are internal to the interpreter).
public final class TypeDefinition {
    enum Kind {
        case structType
        case classType
        case enumType
    }

    /// A stored property: its name, whether it is a `let`, its annotation and default value.
    struct StoredProperty {
        let name: String
        let isConstant: Bool
        let annotation: TypeAnnotation?
        let defaultValue: Evaluator?
    }

    /// A computed property's accessors, as methods without parameters (the setter's parameter is `newValue`).
    struct ComputedProperty {
        let getter: CompiledFunction
        let setter: CompiledFunction?
    }

    /// An enum case: its name and the labels of its associated values (`nil` for a case without payload).
    struct EnumCase {
        let name: String
        let payloadLabels: [String?]?
        let rawValue: Value?
    }

    let name: String
    let kind: Kind
    var storedProperties: [StoredProperty] = []
    var fieldIndices: [String: Int] = [:]
    var computedProperties: [String: ComputedProperty] = [:]
    var methods: [String: [CompiledFunction]] = [:]
    var initializers: [CompiledFunction] = []
    var staticVariables: [String: Variable] = [:]
    var staticComputedProperties: [String: ComputedProperty] = [:]
    var staticMethods: [String: [CompiledFunction]] = [:]
    var cases: [EnumCase] = []
    var conformances: Set<String> = []

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Whether an instance member named `name` exists (for implicit `self` in methods).
    func hasInstanceMember(_ name: String) -> Bool {
        fieldIndices[name] != nil || computedProperties[name] != nil || methods[name] != nil
    }

    /// Whether a static member named `name` exists (for implicit `Self` in static methods).
    func hasStaticMember(_ name: String) -> Bool {
        staticVariables[name] != nil || staticComputedProperties[name] != nil || staticMethods[name] != nil
            || enumCase(named: name) != nil
    }

    func enumCase(named name: String) -> EnumCase? {
        cases.first { $0.name == name }
    }
}

/// An instance of a cell-declared struct: its type and its stored properties' values, in declaration order.
public struct StructInstance {
    let type: TypeDefinition
    var fields: [Value]
}

/// An instance of a cell-declared class (a reference).
public final class ObjectInstance {
    let type: TypeDefinition
    var fields: [Value]

    init(type: TypeDefinition, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}

/// A type used as a value.
public enum TypeReference {
    /// A standard-library type: `Int`, `Double`, `String`, `Array`...
    case builtin(BuiltinType)
    /// A cell-declared struct, class or enum.
    case declared(TypeDefinition)
    /// A library type registered in a ``BindingTable``.
    case native(NativeTypeBinding)
    /// A specialised collection type: `[Int]`, `[String: Double]`, `Set<Int>`.
    indirect case collection(TypeAnnotation)

    /// The type's name as written in Swift.
    public var name: String {
        switch self {
        case .builtin(let type): type.rawValue
        case .declared(let definition): definition.name
        case .native(let binding): binding.name
        case .collection(let annotation): annotation.description
        }
    }
}

/// The standard-library types that cells can name.
public enum BuiltinType: String, CaseIterable {
    case int = "Int"
    case double = "Double"
    case float = "Float"
    case bool = "Bool"
    case string = "String"
    case character = "Character"
    case array = "Array"
    case dictionary = "Dictionary"
    case set = "Set"
    case optional = "Optional"
}
