/// An instance of a class declared in a cell (a reference): its class and its stored properties' values, in
/// declaration order (a superclass's first).
///
/// For a class that inherits from a library class (`final class SimpleNet: Module`), the instance is the cell's
/// part of a library object: the library's subclass of `Module` holds it (see ``ScriptedObject``), reads its
/// stored properties to find submodules and parameters, and calls its methods to run `forward`.
///
/// ```swift
/// final class ScriptedModule: Module, ScriptedObject {
///     let script: ObjectInstance
///     override func forward(_ input: Tensor) throws -> Tensor {
///         guard script.overrides("forward") else { return try super.forward(input) }
///         return try script.callMethod("forward", on: self, [.native(input)]).asNative(Tensor.self)
///     }
/// }
/// ```
public final class ObjectInstance {
    let type: TypeDefinition
    var fields: [Value]
    /// The interpreter that runs the class's methods, for calls that come from a library.
    weak var runtime: Runtime?
    /// Set while a cell's `super.name(...)` runs the library class's own implementation of a method: the library
    /// object must then not forward the call back to the cell's override.
    public internal(set) var isCallingSuper = false

    init(type: TypeDefinition, fields: [Value]) {
        self.type = type
        self.fields = fields
    }

    deinit {
        // A field may be the last holder of another instance, and so on down a linked list of any length.
        ValueRelease.releaseFields(&fields)
    }

    /// The class's name as the cell declared it: `SimpleNet`.
    public var className: String { type.name }

    /// The stored properties with their current values, in declaration order, a superclass's first (the order
    /// in which PyTorch registers a module's submodules and parameters).
    public var storedProperties: [(name: String, value: Value)] {
        zip(type.storedProperties, fields).map { ($0.name, $1) }
    }

    /// Whether the cell's class (or a cell superclass of it) declares an instance method `name`, which then
    /// replaces the library's, unless the cell is calling the library's own with `super`.
    public func overrides(_ name: String) -> Bool {
        !isCallingSuper && type.instanceMethods(name) != nil
    }

    /// Calls the cell's method `name` with `arguments` (unlabelled), `receiver` (the library object) as `self`.
    public func callMethod(_ name: String, on receiver: AnyObject, _ arguments: [Value]) throws -> Value {
        guard let runtime else { throw BindingError("the lesson that made this '\(type.name)' has ended") }
        guard let methods = type.instanceMethods(name) else {
            throw BindingError("value of type '\(type.name)' has no member '\(name)'")
        }
        var call = CallArguments(arguments)
        let method = try runtime.chooseMethod(methods, call, typeName: type.name, name)
        return try runtime.invoke(method, captures: [], receiver: Variable(.native(receiver), isConstant: true), &call)
    }
}

extension Value {
    /// What a `lazy var` holds until it is first read (no cell expression can make this symbol).
    static let lazyUnset = Value.symbol("<lazy>")

    /// Whether this is a `lazy var`'s value not computed yet.
    var isLazyUnset: Bool {
        if case .symbol("<lazy>") = self { return true }
        return false
    }
}
