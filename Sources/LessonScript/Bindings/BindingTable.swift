/// The one place where a library makes its functions, types, operators and displays available to cells.
///
/// A cell's name is looked up in this order: the lesson's own variables and functions, then this table, then the
/// standard library; so a library may add overloads to `abs`, `max`, `sqrt`... (use `where:` to accept only
/// its own values, and the standard library still handles numbers). See `BINDINGS.md` for the whole guide.
///
/// ```swift
/// let table = BindingTable()
/// table.function("zeros(_:)") { call in .native(Tensor.zeros(shape: try call.value(0).asIntArray())) }
/// let tensor = table.type(Tensor.self, name: "Tensor")
/// tensor.property("shape", get: { .array($0.shape.map(Value.int)) })
/// tensor.binaryOperator(.add) { lhs, rhs in ... }
/// let session = ScriptSession(bindings: table)
/// ```
public final class BindingTable {
    var functions: [String: [FunctionBinding]] = [:]
    var typesByIdentifier: [ObjectIdentifier: NativeTypeBinding] = [:]
    var typesByName: [String: NativeTypeBinding] = [:]
    var constants: [String: Value] = [:]
    var implicitMembers: [String: Value] = [:]

    /// An empty table.
    public init() {}

    /// A free function, by signature (`"cat(_:dim?:)"`); `where` chooses among overloads with the same labels.
    public func function(
        _ signature: String, where accepts: (([Value?]) -> Bool)? = nil,
        _ body: @escaping (BindingCall) throws -> Value
    ) {
        let parsed = Signature(signature)
        functions[parsed.baseName, default: []].append(FunctionBinding(parsed, accepts: accepts, body: body))
    }

    /// A library class, its name in cells, and optionally a registered parent class whose registrations it
    /// inherits. Returns the typed interface to register its members; calling it again returns the same
    /// registrations.
    @discardableResult
    public func type<T: AnyObject>(_ type: T.Type, name: String, parent: AnyObject.Type? = nil) -> NativeType<T> {
        let identifier = ObjectIdentifier(type)
        if let existing = typesByIdentifier[identifier] { return NativeType(binding: existing) }
        let binding = NativeTypeBinding(name: name, parent: parent.flatMap { typesByIdentifier[ObjectIdentifier($0)] })
        typesByIdentifier[identifier] = binding
        typesByName[name] = binding
        return NativeType(binding: binding)
    }

    /// A global constant: `table.constant("pi", .double(.pi))`.
    public func constant(_ name: String, _ value: Value) {
        constants[name] = value
    }

    /// The value of an implicit member expression with no other meaning: `.ellipsis` in `t[.ellipsis, 0]`.
    /// Without a registration, such an expression reaches functions as `.symbol(name)`.
    public func implicitMember(_ name: String, _ value: Value) {
        implicitMembers[name] = value
    }

    /// The registrations for an object's class (subclasses register themselves, naming their `parent:`).
    func binding(for object: AnyObject) -> NativeTypeBinding? {
        typesByIdentifier[ObjectIdentifier(Swift.type(of: object))]
    }
}
