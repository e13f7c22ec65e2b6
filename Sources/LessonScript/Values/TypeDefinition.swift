/// A `struct`, `class`, `enum` or `protocol` declared in a cell, or the members that cells' extensions add to a
/// standard-library type (its members are internal to the interpreter).
public final class TypeDefinition {
    enum Kind {
        case structType
        case classType
        case enumType
        case protocolType
        /// The extensions of a standard-library or library type (`extension Int { ... }`).
        case extensionType
    }

    /// A stored property: its name, whether it is a `let`, its annotation and default value, and what runs
    /// around a change (`willSet`, `didSet`) or on first read (`lazy var`).
    struct StoredProperty {
        let name: String
        let isConstant: Bool
        let annotation: TypeAnnotation?
        let defaultValue: Evaluator?
        var observers = PropertyObservers()
        /// For `lazy var`: the default value, computed on first read with `self` available.
        var lazyInitializer: CompiledFunction?
        /// Whether only the type's own code may assign it (`private(set)`, `private`).
        var hasPrivateSetter = false
        /// Whether it is `private` altogether.
        var isPrivate = false
        /// The run-time check of a value given to it by the memberwise initializer.
        var check = DeclaredTypeCheck.none
    }

    /// `willSet` and `didSet` of a stored property, as methods taking `newValue` or `oldValue`.
    /// An overriding subclass adds its own: its `willSet` runs first, its `didSet` last.
    struct PropertyObservers {
        /// The `willSet` bodies, each taking the new value.
        var beforeChange: [CompiledFunction] = []
        /// The `didSet` bodies, each taking the old value.
        var afterChange: [CompiledFunction] = []

        var isEmpty: Bool { beforeChange.isEmpty && afterChange.isEmpty }
    }

    /// A `subscript` declaration: its parameters and result as a getter, and an optional setter that also takes
    /// `newValue`.
    struct SubscriptDeclaration {
        let getter: CompiledFunction
        let setter: CompiledFunction?
    }

    /// A computed property's accessors, as methods without parameters (the setter's parameter is `newValue`).
    struct ComputedProperty {
        let getter: CompiledFunction
        let setter: CompiledFunction?
    }

    /// An enum case: its name, the labels and types of its associated values (`nil` for a case without
    /// payload), and its raw value.
    struct EnumCase {
        let name: String
        let payloadLabels: [String?]?
        var payloadTypes: [TypeAnnotation] = []
        let rawValue: Value?
    }

    let name: String
    let kind: Kind
    /// The cell class this class inherits from.
    var superclass: TypeDefinition?
    /// The library class this class inherits from (`Module`, `Optimizer`, `Callback`), directly or through
    /// `superclass`.
    var nativeSuperclass: NativeTypeBinding?
    /// A `final class`: no class may inherit from it.
    var isFinal = false
    /// The members declared `final` (or `static`), which subclasses may not override.
    var finalMembers: Set<String> = []
    /// The protocols the type conforms to (declared in cells), and for a protocol the protocols it refines.
    var protocols: [TypeDefinition] = []
    /// For a protocol: the names its requirements declare (`var area: Double { get }`, `func draw()`).
    var requirements: [Requirement] = []
    /// Whether the type's own declaration has an `init` (a struct then has no memberwise initializer).
    var declaresInitializers = false
    /// The generic parameters of a generic type (`Stack<Element>`), kept for type checking.
    var genericParameters: [String] = []
    var subscripts: [SubscriptDeclaration] = []
    /// The names of the instance methods and properties its declarations (and extensions) declare, known before
    /// their bodies are compiled, so a body may use a member declared further down.
    var declaredInstanceNames: Set<String> = []
    /// The same for static members.
    var declaredStaticNames: Set<String> = []
    var storedProperties: [StoredProperty] = []
    /// Whether some stored property is a `lazy var` (reading it for the first time changes a struct).
    var hasLazyProperties = false
    var fieldIndices: [String: Int] = [:]
    var computedProperties: [String: ComputedProperty] = [:]
    /// Computed properties of one name that constrained extensions declare for different receivers
    /// (`extension Array where Element == Int { var total: Int }` beside one for `Double`).
    var constrainedComputedProperties: [String: [ComputedProperty]] = [:]
    var methods: [String: [CompiledFunction]] = [:]
    var initializers: [CompiledFunction] = []
    var staticVariables: [String: Variable] = [:]
    var staticComputedProperties: [String: ComputedProperty] = [:]
    var staticMethods: [String: [CompiledFunction]] = [:]
    var cases: [EnumCase] = []
    var conformances: Set<String> = []
    /// The interpreter whose cell declared the type, which runs its own `==` and `hash(into:)` for dictionary keys
    /// and set elements (`DeclaredHashing.swift`).
    weak var runtime: Runtime?

    /// A protocol requirement: a property (settable for `{ get set }`) or a method (with its labels, and whether
    /// it is `mutating`), static or not.
    struct Requirement {
        let name: String
        let isStatic: Bool
        let isMethod: Bool
        let labels: [String?]
        let isMutating: Bool
        let isSettable: Bool
    }

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
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
