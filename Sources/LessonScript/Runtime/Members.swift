extension Runtime {
    /// `value.name` when it is read (not called): a property, a tuple element, a static member, or a method as
    /// a function value bound to `value`.
    func member(of value: Value, _ name: String) throws -> Value {
        switch value {
        case .structInstance(let instance):
            return try declaredMember(of: value, instance.type, fields: instance.fields, name)
        case .object(let object):
            return try declaredMember(of: value, object.type, fields: object.fields, name)
        case .enumCase(let enumCase):
            if name == "rawValue", let raw = enumCase.type.enumCase(named: enumCase.name)?.rawValue { return raw }
            return try declaredMember(of: value, enumCase.type, fields: [], name)
        case .tuple(let tuple):
            if let index = Int(name), tuple.elements.indices.contains(index) { return tuple.elements[index] }
            if let index = tuple.labels.firstIndex(of: name) { return tuple.elements[index] }
            throw RuntimeError("value of tuple type '\(value.typeName)' has no member '\(name)'")
        case .type(let type):
            return try staticMember(of: type, name)
        case .native(let object):
            guard let binding = bindings.binding(for: object) else { break }
            if binding.isScriptBridge, let script = (object as? any ScriptedObject)?.script,
                let found = try scriptMember(of: value, script, name)
            {
                return found
            }
            if let property = binding.lookup({ $0.properties[name] }) { return try property.get(object) }
            let overloads = binding.methodOverloads(name)
            if !overloads.isEmpty {
                return .function(
                    Function(builtin: name) { arguments, runtime in
                        try runtime.callNativeMethod(object, name, arguments)
                    })
            }
            if let found = try extensionMember(of: value, name) { return found }
            throw RuntimeError("value of type '\(value.typeName)' has no member '\(name)'")
        case .optional(.some):
            throw RuntimeError(
                "value of optional type '\(value.typeName)' must be unwrapped to refer to member '\(name)'")
        case .optional(nil):
            throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value")
        default:
            break
        }
        if !extensions.isEmpty, let found = try extensionMember(of: value, name) { return found }
        if let property = try StandardLibrary.property(of: value, name, self) { return property }
        if StandardLibrary.hasMethod(value, name) {
            return .function(
                Function(builtin: name) { arguments, runtime in
                    try runtime.callMethod(on: value, name, &arguments)
                })
        }
        throw RuntimeError("value of type '\(value.typeName)' has no member '\(name)'")
    }

    private func declaredMember(
        of value: Value, _ type: TypeDefinition, fields: [Value], _ name: String
    ) throws
        -> Value
    {
        if let index = type.fieldIndices[name] {
            let field = fields[index]
            if field.isLazyUnset { return try initializeLazy(value, type, index) }
            return field
        }
        if let found = try methodOrComputed(of: value, type, name) { return found }
        if type.hasStaticMember(name) {
            var error = RuntimeError("static member '\(name)' cannot be used on instance of type '\(type.name)'")
            error.isAboutBase = true
            throw error
        }
        throw RuntimeError("value of type '\(type.name)' has no member '\(name)'")
    }

    /// A computed property's value or a method bound to `value`, if the type (or a supertype, a protocol
    /// extension) has one named `name`.
    private func methodOrComputed(of value: Value, _ type: TypeDefinition, _ name: String) throws -> Value? {
        if let property = computedProperty(name, of: type, for: value) {
            var none = CallArguments([])
            return try invoke(property.getter, captures: [], receiver: Variable(value, isConstant: true), &none)
        }
        if let methods = instanceMethods(name, of: type, for: value) {
            return .function(boundMethods(methods, receiver: Variable(value, isConstant: true)))
        }
        return nil
    }

    /// The computed property `name` of `type` for `receiver`: among constrained extensions' ones, the one whose
    /// `where` clause the receiver meets.
    func computedProperty(
        _ name: String, of type: TypeDefinition, for receiver: Value
    ) -> TypeDefinition
        .ComputedProperty?
    {
        guard let alternatives = type.constrainedComputedProperties[name], alternatives.count > 1 else {
            return type.computedProperty(name)
        }
        return members(alternatives, for: receiver) { $0.getter.receiverConstraint }.last
    }

    /// The methods `name` of `type` that apply to `receiver` (see `ReceiverConstraint`).
    func instanceMethods(_ name: String, of type: TypeDefinition, for receiver: Value) -> [CompiledFunction]? {
        type.instanceMethods(name).map { members($0, for: receiver) { $0.receiverConstraint } }
    }

    /// A member of a library object made by a cell class: the cell's stored property, computed property or
    /// method, or `nil` for the library class's members.
    private func scriptMember(of value: Value, _ script: ObjectInstance, _ name: String) throws -> Value? {
        if let index = script.type.fieldIndices[name] {
            if script.fields[index].isLazyUnset { return try initializeLazy(value, script.type, index) }
            return script.fields[index]
        }
        return try methodOrComputed(of: value, script.type, name)
    }

    /// Whether an integer literal with the member `name` is a `Double`: `Int` has no such member (of its own or
    /// from an extension) and an extension of `Double` declares one.
    func literalIsDouble(forMember name: String) -> Bool {
        guard let double = extensions["Double"], double.hasInstanceMember(name) else { return false }
        if extensions["Int"]?.hasInstanceMember(name) == true { return false }
        return !StandardLibrary.hasMember(named: name, of: .int)
    }

    /// A member that a cell's extension added to a standard-library or library type (`extension Int`).
    func extensionMember(of value: Value, _ name: String) throws -> Value? {
        for definition in extensionDefinitions(of: value) {
            if let found = try methodOrComputed(of: value, definition, name) { return found }
        }
        return nil
    }

    /// The extensions that apply to `value`: those of its standard-library type, or of its library class and
    /// the classes it inherits from.
    func extensionDefinitions(of value: Value) -> [TypeDefinition] {
        guard !extensions.isEmpty else { return [] }
        if case .native(let object) = value {
            var result: [TypeDefinition] = []
            var binding = bindings.binding(for: object)
            while let current = binding {
                if let definition = extensions[current.name] { result.append(definition) }
                binding = current.parent
            }
            return result
        }
        return value.builtinTypeName.flatMap { extensions[$0] }.map { [$0] } ?? []
    }

    /// `value.name` for a struct with `lazy var`s: a lazy property read for the first time is computed and
    /// stored in `value`.
    func memberInitializingLazy(of value: inout Value, _ name: String) throws -> Value {
        guard case .structInstance(let instance) = value, let index = instance.type.fieldIndices[name],
            instance.fields[index].isLazyUnset
        else { return try member(of: value, name) }
        // The initial value is computed with a mutable `self`, as Swift's lazy getter is `mutating`: the lazy
        // properties it reads are stored too.
        let receiver = Variable(value)
        let computed = try initializeLazy(value, instance.type, index, receiver: receiver)
        guard case .structInstance(var updated) = receiver.value else { return computed }
        updated.fields[index] = computed
        value = .structInstance(updated)
        return computed
    }

    /// A `lazy var`'s value on first read: its initial value, computed with `self`, stored in a class
    /// instance (a struct computes it again on each read of a copy).
    private func initializeLazy(
        _ value: Value, _ type: TypeDefinition, _ index: Int, receiver: Variable? = nil
    ) throws -> Value {
        guard let initializer = type.storedProperties[index].lazyInitializer else { return .void }
        var none = CallArguments([])
        let computed = try invoke(
            initializer, captures: [], receiver: receiver ?? Variable(value, isConstant: !value.isStructInstance), &none
        )
        .converted(to: type.storedProperties[index].annotation)
        switch value {
        case .object(let object): object.fields[index] = computed
        case .native(let object): scriptObject(of: object)?.fields[index] = computed
        default: break
        }
        return computed
    }

    func boundMethods(_ methods: [CompiledFunction], receiver: Variable) -> Function {
        let functions = methods.map {
            Function(name: $0.name, body: .script($0, captures: [], receiver: receiver))
        }
        return functions.count == 1 ? functions[0] : Function(name: methods[0].name, body: .overloads(functions))
    }

    /// `Type.name`: static properties and methods, enum cases, `init`.
    func staticMember(of type: TypeReference, _ name: String) throws -> Value {
        if name == "init" {
            return .function(
                Function(builtin: "\(type.name).init") { arguments, runtime in
                    try runtime.construct(type, &arguments)
                })
        }
        switch type {
        case .declared(let definition):
            if let found = try declaredStaticMember(of: type, definition, name) { return found }
            if let enumCase = definition.enumCase(named: name) { return enumCaseValue(definition, enumCase) }
            if definition.fieldIndices[name] != nil || definition.computedProperty(name) != nil
                || definition.instanceMethods(name) != nil
            {
                var error = RuntimeError(
                    "instance member '\(name)' cannot be used on type '\(definition.name)'; did you mean to use a value "
                        + "of this type instead?")
                error.isAboutBase = true
                throw error
            }
        case .native(let binding):
            if let definition = extensions[binding.name],
                let found = try declaredStaticMember(of: type, definition, name)
            {
                return found
            }
            if let property = binding.lookup({ $0.staticProperties[name] }) { return try property() }
            if let methods = binding.lookup({ $0.staticMethods[name] }) {
                return .function(
                    Function(builtin: name) { arguments, runtime in
                        var failure: RuntimeError?
                        if let result = try methods.invoke(arguments, runtime: runtime, failure: &failure) {
                            return result
                        }
                        throw failure ?? RuntimeError("no overload of '\(name)' matches this call")
                    })
            }
        case .builtin(let builtin):
            if let definition = extensions[builtin.rawValue],
                let found = try declaredStaticMember(of: type, definition, name)
            {
                return found
            }
            if let value = try StandardLibrary.staticMember(of: builtin, name) { return value }
        case .collection(.optional):
            // `Optional<Int>.none`, `Int?.some(3)`.
            if name == "none" || name == "some" { return try implicitMember(name) }
        case .collection:
            break
        }
        throw RuntimeError("type '\(type.name)' has no member '\(name)'")
    }

    /// A static stored or computed property, or static methods bound to the type.
    private func declaredStaticMember(
        of type: TypeReference, _ definition: TypeDefinition, _ name: String
    ) throws -> Value? {
        if let variable = definition.staticVariable(name) { return variable.value }
        if let property = definition.staticComputedProperty(name) {
            var none = CallArguments([])
            return try invoke(property.getter, captures: [], receiver: Variable(.type(type)), &none)
        }
        if let methods = definition.staticMethodOverloads(name) {
            return .function(boundMethods(methods, receiver: Variable(.type(type), isConstant: true)))
        }
        return nil
    }

    /// An enum case as a value, or, for a case with associated values, the function that makes one.
    func enumCaseValue(_ definition: TypeDefinition, _ enumCase: TypeDefinition.EnumCase) -> Value {
        guard let labels = enumCase.payloadLabels else {
            return .enumCase(EnumCaseValue(type: definition, name: enumCase.name, payload: nil))
        }
        return .function(
            Function(builtin: enumCase.name) { arguments, _ in
                guard arguments.values.count == labels.count else {
                    throw RuntimeError("enum case '\(enumCase.name)' takes \(labels.count) associated values")
                }
                let values = zip(arguments.values, enumCase.payloadTypes).map { $0.converted(to: $1) }
                let payload = TupleValue(
                    values.count == arguments.values.count ? values : arguments.values, labels: labels)
                return .enumCase(EnumCaseValue(type: definition, name: enumCase.name, payload: payload))
            })
    }

    /// `.name` without a type: an enum case of a cell-declared enum, `.none`, a library's registered member,
    /// or else a `.symbol` for library functions to interpret.
    func implicitMember(_ name: String) throws -> Value {
        if name == "none" { return .null }
        if name == "some" {
            return .function(Function(builtin: "some") { arguments, _ in .optional(arguments.values.first ?? .void) })
        }
        for definition in declaredEnums.reversed() {
            if let enumCase = definition.enumCase(named: name) { return enumCaseValue(definition, enumCase) }
        }
        if let value = bindings.implicitMembers[name] { return value }
        return .symbol(name)
    }
}

extension Value {
    /// Whether the value is an instance of a cell's struct.
    var isStructInstance: Bool {
        if case .structInstance = self { return true }
        return false
    }

    /// Whether the value is a case of a cell's enum.
    var isEnumCase: Bool {
        if case .enumCase = self { return true }
        return false
    }
}
