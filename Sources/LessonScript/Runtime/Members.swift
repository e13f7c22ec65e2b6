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
            if let property = binding.lookup({ $0.properties[name] }) { return try property.get(object) }
            let overloads = binding.methodOverloads(name)
            if !overloads.isEmpty {
                return .function(
                    Function(builtin: name) { arguments, runtime in
                        try runtime.callNativeMethod(object, name, arguments)
                    })
            }
            throw RuntimeError("value of type '\(binding.name)' has no member '\(name)'")
        case .optional(.some):
            throw RuntimeError(
                "value of optional type '\(value.typeName)' must be unwrapped to refer to member '\(name)'")
        case .optional(nil):
            throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value")
        default:
            break
        }
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
        if let index = type.fieldIndices[name] { return fields[index] }
        if let property = type.computedProperties[name] {
            var none = CallArguments([])
            return try invoke(property.getter, captures: [], receiver: Variable(value, isConstant: true), &none)
        }
        if let methods = type.methods[name] {
            return .function(boundMethods(methods, receiver: Variable(value, isConstant: true)))
        }
        if type.hasStaticMember(name) {
            throw RuntimeError("static member '\(name)' cannot be used on instance of type '\(type.name)'")
        }
        throw RuntimeError("value of type '\(type.name)' has no member '\(name)'")
    }

    private func boundMethods(_ methods: [CompiledFunction], receiver: Variable) -> Function {
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
            if let variable = definition.staticVariables[name] { return variable.value }
            if let property = definition.staticComputedProperties[name] {
                var none = CallArguments([])
                return try invoke(property.getter, captures: [], receiver: Variable(.type(type)), &none)
            }
            if let methods = definition.staticMethods[name] {
                return .function(boundMethods(methods, receiver: Variable(.type(type), isConstant: true)))
            }
            if let enumCase = definition.enumCase(named: name) { return enumCaseValue(definition, enumCase) }
        case .native(let binding):
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
            if let value = try StandardLibrary.staticMember(of: builtin, name) { return value }
        case .collection:
            break
        }
        throw RuntimeError("type '\(type.name)' has no member '\(name)'")
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
                let payload = TupleValue(arguments.values, labels: labels)
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
