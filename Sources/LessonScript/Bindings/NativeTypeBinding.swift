/// Everything registered for one library class: initializers, members, subscripts, operators, iteration and
/// display. Lookups fall back to the parent type's registrations (`Linear` finds what `Module` registered).
///
/// Register through the typed ``NativeType`` that ``BindingTable/type(_:name:parent:)`` returns.
public final class NativeTypeBinding {
    /// A property's accessors.
    struct Property {
        let get: (AnyObject) throws -> Value
        let set: ((AnyObject, Value) throws -> Void)?
    }

    /// The type's name in cells: `Tensor`, `Linear`.
    public let name: String
    let parent: NativeTypeBinding?
    var initializers: [FunctionBinding] = []
    var methods: [String: [FunctionBinding]] = [:]
    var properties: [String: Property] = [:]
    var staticProperties: [String: () throws -> Value] = [:]
    var staticMethods: [String: [FunctionBinding]] = [:]
    var subscriptGetter: ((AnyObject, [Value]) throws -> Value)?
    var subscriptSetter: ((AnyObject, [Value], Value) throws -> Void)?
    var binaryOperators: [BinaryOperator: (Value, Value) throws -> Value] = [:]
    var prefixOperators: [PrefixOperator: (AnyObject) throws -> Value] = [:]
    var inPlaceOperators: [BinaryOperator: (AnyObject, Value) throws -> Void] = [:]
    var iterator: ((AnyObject) throws -> () throws -> Value?)?
    var arrayConversion: ((AnyObject) throws -> [Value])?
    var scalarConversion: ((AnyObject) throws -> Value)?
    var display: ((AnyObject) -> String)?
    var printDescription: ((AnyObject) -> String)?
    /// The initializers that make a cell subclass's library object (see ``BindingTable/allowSubclasses``).
    var subclassInitializers: [FunctionBinding] = []
    /// The registered methods a cell subclass may override (`"forward(_:)"`).
    var overridableMethods: Set<String> = []
    /// Whether this is the library's bridge class for cell subclasses, whose objects hold a cell part.
    var isScriptBridge = false

    init(name: String, parent: NativeTypeBinding?) {
        self.name = name
        self.parent = parent
    }

    /// The first registration found by `read` on this type or its ancestors.
    func lookup<T>(_ read: (NativeTypeBinding) -> T?) -> T? {
        var type: NativeTypeBinding? = self
        while let current = type {
            if let found = read(current) { return found }
            type = current.parent
        }
        return nil
    }

    /// All methods named `name`, this type's first, then its ancestors'.
    func methodOverloads(_ name: String) -> [FunctionBinding] {
        var result: [FunctionBinding] = []
        var type: NativeTypeBinding? = self
        while let current = type {
            result += current.methods[name] ?? []
            type = current.parent
        }
        return result
    }

    /// The display text of `object` (the final-value and in-collection form).
    func displayText(_ object: AnyObject) -> String {
        lookup(\.display).map { $0(object) } ?? name
    }

    /// The text `print` gives for `object`.
    func printText(_ object: AnyObject) -> String {
        lookup(\.printDescription).map { $0(object) } ?? displayText(object)
    }
}
