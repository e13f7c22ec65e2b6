extension Runtime {
    /// Whether calling `name` on `value` changes `value` (`append`, a `mutating` method): such calls need the
    /// receiver to be a variable, and write it back.
    func isMutatingMethod(_ value: Value, _ name: String) -> Bool {
        switch value {
        case .structInstance(let instance):
            return instance.type.instanceMethods(name)?.contains { $0.isMutating } ?? false
        case .enumCase(let enumCase): return enumCase.type.instanceMethods(name)?.contains { $0.isMutating } ?? false
        case .object, .native, .function, .type: return false
        default:
            if !extensions.isEmpty,
                extensionDefinitions(of: value).contains(where: {
                    $0.instanceMethods(name)?.contains { $0.isMutating } ?? false
                })
            {
                return true
            }
            return StandardLibrary.isMutating(value, name)
        }
    }

    /// Calls a mutating method on a value taken out of its variable; the caller writes `value` back.
    func callMutatingMethod(on value: inout Value, _ name: String, _ arguments: inout CallArguments) throws -> Value {
        switch value {
        case .structInstance(let instance):
            return try callDeclaredMutating(&value, instance.type, name, &arguments)
        case .enumCase(let enumCase):
            return try callDeclaredMutating(&value, enumCase.type, name, &arguments)
        default:
            if let definition = extensionDefinitions(of: value).first(where: {
                extensionHasMethod($0, name, matching: arguments, ofStandardLibraryValue: value)
            }) {
                return try callDeclaredMutating(&value, definition, name, &arguments)
            }
            return try StandardLibrary.callMutating(&value, name, &arguments, self)
        }
    }

    private func callDeclaredMutating(
        _ value: inout Value, _ type: TypeDefinition, _ name: String, _ arguments: inout CallArguments
    ) throws -> Value {
        let method = try chooseMethod(
            instanceMethods(name, of: type, for: value) ?? [], arguments, typeName: type.name, name)
        let receiver = Variable(value)
        value = .void
        defer { value = receiver.value }
        return try invoke(method, captures: [], receiver: receiver, &arguments)
    }

    /// Calls a method that does not change its receiver.
    func callMethod(on value: Value, _ name: String, _ arguments: inout CallArguments) throws -> Value {
        switch value {
        case .structInstance(let instance):
            return try callDeclared(value, instance.type, name, &arguments)
        case .object(let object):
            return try callDeclared(value, object.type, name, &arguments)
        case .enumCase(let enumCase):
            return try callDeclared(value, enumCase.type, name, &arguments)
        case .native(let object):
            return try callNativeMethod(object, name, arguments)
        case .function where name == "callAsFunction":
            return try call(value, &arguments)
        case .tuple:
            // A closure kept in a labelled tuple: `handlers.reset()`.
            return try call(try member(of: value, name), &arguments)
        case .type(let type):
            return try call(try staticMember(of: type, name), &arguments)
        case .optional(let wrapped) where name == "map" || name == "flatMap":
            guard let wrapped, arguments.values.count == 1 else { return .null }
            var single = CallArguments([wrapped])
            let result = try call(arguments.values[0], &single)
            if case .optional = result, name == "flatMap" { return result }
            return .optional(result)
        case .optional(.some):
            throw RuntimeError(
                "value of optional type '\(value.typeName)' must be unwrapped to refer to member '\(name)'")
        case .optional(nil):
            throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value")
        default:
            if !extensions.isEmpty,
                let definition = extensionDefinitions(of: value).first(where: {
                    $0.instanceMethods(name) == nil
                        ? $0.hasInstanceMember(name)
                        : extensionHasMethod($0, name, matching: arguments, ofStandardLibraryValue: value)
                })
            {
                return try callDeclared(value, definition, name, &arguments)
            }
            return try StandardLibrary.callMethod(on: value, name, &arguments, self)
        }
    }

    private func callDeclared(
        _ value: Value, _ type: TypeDefinition, _ name: String, _ arguments: inout CallArguments
    ) throws -> Value {
        guard let methods = instanceMethods(name, of: type, for: value) else {
            return try call(try member(of: value, name), &arguments)
        }
        let method = try chooseMethod(methods, arguments, typeName: type.name, name)
        if method.isMutating {
            throw RuntimeError("cannot use mutating member on immutable value of type '\(type.name)'")
        }
        let receiver = Variable(value, isConstant: true)
        return try invoke(method, captures: [], receiver: receiver, &arguments)
    }

    /// Whether an extension's methods `name` take `arguments`; one that does not, on a standard-library value
    /// that has a method of that name, leaves the call to that method, as Swift's overloading does
    /// (`extension Double { func rounded(to places: Int) }` keeps `x.rounded()`).
    private func extensionHasMethod(
        _ definition: TypeDefinition, _ name: String, matching arguments: CallArguments,
        ofStandardLibraryValue value: Value
    ) -> Bool {
        guard let methods = definition.instanceMethods(name) else { return false }
        guard let builtin = value.builtinTypeName.flatMap(BuiltinType.init(rawValue:)),
            StandardLibrary.hasMember(named: name, of: builtin)
        else { return true }
        return methods.contains { takesLabels($0, arguments) }
    }

    func chooseMethod(
        _ methods: [CompiledFunction], _ arguments: CallArguments, typeName: String, _ name: String
    ) throws -> CompiledFunction {
        guard methods.count > 1 else {
            guard let only = methods.first else {
                throw RuntimeError("value of type '\(typeName)' has no member '\(name)'")
            }
            return only
        }
        return bestOverload(methods, arguments) ?? methods[0]
    }

    /// Calls a library object's method (or, for `callAsFunction`, the object itself): for an object a cell class
    /// made, the cell's method when it declares one.
    func callNativeMethod(_ object: AnyObject, _ name: String, _ arguments: CallArguments) throws -> Value {
        guard let binding = bindings.binding(for: object) else {
            throw RuntimeError("value of type '\(String(describing: type(of: object)))' has no member '\(name)'")
        }
        if binding.isScriptBridge, let script = (object as? any ScriptedObject)?.script,
            script.type.hasInstanceMember(name)
        {
            var arguments = arguments
            return try callDeclared(.native(object), script.type, name, &arguments)
        }
        return try callLibraryMethod(object, binding, name, arguments)
    }

    /// Calls the method the library registered for a library object's class.
    func callLibraryMethod(
        _ object: AnyObject, _ binding: NativeTypeBinding, _ name: String, _ arguments: CallArguments
    ) throws -> Value {
        let overloads = binding.methodOverloads(name)
        var failure: RuntimeError?
        if let result = try overloads.invoke(arguments, receiver: .native(object), runtime: self, failure: &failure) {
            return result
        }
        if let failure { throw failure }
        if StandardLibrary.sequenceMethodNames.contains(name),
            binding.lookup({ $0.iterator }) != nil || binding.lookup({ $0.arrayConversion }) != nil,
            let result = try StandardLibrary.sequenceMethod(
                .native(object), MethodCall(name: name, arguments: arguments, runtime: self))
        {
            return result
        }
        if let property = binding.lookup({ $0.properties[name] }) {
            var forwarded = arguments
            return try call(try property.get(object), &forwarded)
        }
        if !extensions.isEmpty,
            let definition = extensionDefinitions(of: .native(object)).first(where: { $0.hasInstanceMember(name) })
        {
            var forwarded = arguments
            return try callDeclared(.native(object), definition, name, &forwarded)
        }
        let typeName = Value.native(object).typeName
        if name == "callAsFunction" { throw RuntimeError("cannot call value of non-function type '\(typeName)'") }
        throw RuntimeError("value of type '\(typeName)' has no member '\(name)'")
    }
}
