/// A library object that a cell class made by inheriting from a library class: the library's own subclass of
/// that class (a *bridge*), holding the cell's part. Cells see the object as an instance of their class: its
/// stored properties and methods are the cell's, and what the cell does not declare is the library class's.
public protocol ScriptedObject: AnyObject {
    /// The cell's part: its class and stored properties.
    var script: ObjectInstance { get }
}

extension BindingTable {
    /// Lets cells inherit from the library class `base` (`class SimpleNet: Module`). Instances are made by
    /// `base`'s subclass initializers (``NativeType/subclassInitializer(_:_:)``) as objects of `bridge`, the
    /// library's subclass of `base` that forwards the overridable methods to the cell. `overridable` lists the
    /// methods (as registered: `"forward(_:)"`) a cell may override; overriding any other registered method is
    /// swiftc's error for a non-open method.
    ///
    /// ```swift
    /// table.allowSubclasses(of: Module.self, bridge: ScriptedModule.self, overridable: ["forward(_:)"])
    /// table.type(Module.self, name: "Module").subclassInitializer("init()") { script, _ in ScriptedModule(script) }
    /// ```
    public func allowSubclasses<Bridge: ScriptedObject>(
        of base: AnyObject.Type, bridge: Bridge.Type, overridable: [String]
    ) {
        guard let parent = typesByIdentifier[ObjectIdentifier(base)] else { return }
        parent.overridableMethods.formUnion(overridable)
        let binding = NativeTypeBinding(name: parent.name, parent: parent)
        binding.isScriptBridge = true
        typesByIdentifier[ObjectIdentifier(bridge)] = binding
    }
}

extension NativeType {
    /// An initializer of `T` for cell subclasses (`super.init()`, or `MyOptimizer(params, lr: 0.1)` inherited):
    /// it makes the bridge object holding the cell's part `script`; the arguments are matched to `signature`.
    public func subclassInitializer(
        _ signature: String, _ body: @escaping (ObjectInstance, BindingCall) throws -> any ScriptedObject
    ) {
        binding.subclassInitializers.append(
            FunctionBinding(Signature(signature), accepts: nil) { call in
                guard case .object(let script)? = call.receiver else {
                    throw BindingError("'\(Signature(signature).description)' makes subclass instances only")
                }
                return .native(try body(script, call))
            })
    }
}

extension NativeTypeBinding {
    /// Whether cells may inherit from this class.
    var isOpen: Bool { !subclassInitializers.isEmpty }

    /// Whether a cell subclass may override the registered method `signature` (`"forward(_:)"`).
    func isOverridable(_ signature: String) -> Bool {
        lookup { $0.overridableMethods.contains(signature) ? true : nil } ?? false
    }

    /// Whether objects of this class or its ancestors have a property or method `name`.
    func hasMember(_ name: String) -> Bool {
        lookup { $0.properties[name] } != nil || !methodOverloads(name).isEmpty
    }
}

extension Runtime {
    /// The cell part of a library object made by a cell class, if `object` is one.
    @inline(__always)
    func scriptObject(of object: AnyObject) -> ObjectInstance? {
        guard bindings.binding(for: object)?.isScriptBridge == true else { return nil }
        return (object as? any ScriptedObject)?.script
    }
}
