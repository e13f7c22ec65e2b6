extension Runtime {
    /// `base.name` changed through `body`: stored and computed properties of cell types, tuple elements,
    /// static variables, library objects' settable properties.
    func modifyMember(_ base: inout Value, _ name: String, _ body: (inout Value) throws -> Void) throws {
        switch base {
        case .structInstance(var instance):
            if let index = instance.type.fieldIndices[name] {
                let property = instance.type.storedProperties[index]
                if property.isConstant, !isUninitialized(instance.fields[index]) {
                    throw RuntimeError("cannot assign to property: '\(name)' is a 'let' constant")
                }
                base = .void
                defer { base = .structInstance(instance) }
                try body(&instance.fields[index])
                instance.fields[index] = instance.fields[index].converted(to: property.annotation)
                return
            }
            try modifyComputed(&base, instance.type, name, body)
        case .object(let object):
            if let index = object.type.fieldIndices[name] {
                let property = object.type.storedProperties[index]
                if property.isConstant, !isUninitialized(object.fields[index]) {
                    throw RuntimeError("cannot assign to property: '\(name)' is a 'let' constant")
                }
                var field = object.fields[index]
                object.fields[index] = .void
                defer { object.fields[index] = field.converted(to: property.annotation) }
                try body(&field)
                return
            }
            try modifyComputed(&base, object.type, name, body)
        case .tuple(var tuple):
            guard
                let index = Int(name).flatMap({ tuple.elements.indices.contains($0) ? $0 : nil })
                    ?? tuple.labels.firstIndex(of: name)
            else { throw RuntimeError("value of tuple type '\(base.typeName)' has no member '\(name)'") }
            base = .void
            defer { base = .tuple(tuple) }
            try body(&tuple.elements[index])
        case .type(.declared(let definition)):
            if let variable = definition.staticVariables[name] {
                try modifyVariable(variable, name, nil, body)
                return
            }
            throw RuntimeError("type '\(definition.name)' has no static variable '\(name)'")
        case .type(.native(let binding)):
            guard let get = binding.lookup({ $0.staticProperties[name] }),
                let set = binding.lookup({ $0.staticPropertySetters[name] })
            else {
                throw RuntimeError(
                    "cannot assign to property: '\(name)' is not a settable static property of '\(binding.name)'")
            }
            var value = try get()
            try body(&value)
            try set(value)
        case .native(let object):
            guard let property = bindings.binding(for: object)?.lookup({ $0.properties[name] }) else {
                throw RuntimeError("value of type '\(base.typeName)' has no member '\(name)'")
            }
            var value = try property.get(object)
            let original = value
            try body(&value)
            if isSameReference(original, value) { return }
            guard let setter = property.set else {
                throw RuntimeError("cannot assign to property: '\(name)' is a get-only property")
            }
            try setter(object, value)
        case .optional(.some):
            throw RuntimeError(
                "value of optional type '\(base.typeName)' must be unwrapped to refer to member '\(name)'")
        default:
            throw RuntimeError("cannot assign to property '\(name)' of a value of type '\(base.typeName)'")
        }
    }

    private func isUninitialized(_ value: Value) -> Bool {
        if case .void = value { return true }
        return false
    }

    private func modifyComputed(
        _ base: inout Value, _ type: TypeDefinition, _ name: String, _ body: (inout Value) throws -> Void
    ) throws {
        guard let property = type.computedProperties[name] else {
            throw RuntimeError("value of type '\(type.name)' has no member '\(name)'")
        }
        guard let setter = property.setter else {
            throw RuntimeError("cannot assign to property: '\(name)' is a get-only property")
        }
        var none = CallArguments([])
        var value = try invoke(property.getter, captures: [], receiver: Variable(base, isConstant: true), &none)
        try body(&value)
        let receiver = Variable(base)
        var newValue = CallArguments([value])
        _ = try invoke(setter, captures: [], receiver: receiver, &newValue)
        base = receiver.value
    }
}
