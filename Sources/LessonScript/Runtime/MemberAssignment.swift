/// A stored property whose observers are running.
struct PropertyKey: Hashable {
    let name: String
    let type: ObjectIdentifier?
}

/// Who assigns a member: code inside the type (which may use a `private(set)` setter), and whether it is the
/// type's initializer assigning `self.name` (which does not run `willSet` / `didSet`).
struct MemberAccess {
    let type: TypeDefinition?
    let isInitializingSelf: Bool

    static let outside = MemberAccess(type: nil, isInitializingSelf: false)
}

extension Runtime {
    /// `base.name` changed through `body`: stored and computed properties of cell types, tuple elements,
    /// static variables, library objects' settable properties.
    func modifyMember(
        _ base: inout Value, _ name: String, from access: MemberAccess = .outside,
        _ body: (inout Value) throws -> Void
    ) throws {
        switch base {
        case .structInstance(var instance):
            if let index = instance.type.fieldIndices[name] {
                let type = instance.type
                try checkAssignable(type, index, instance.fields[index], access)
                guard type.storedProperties[index].observers.isEmpty || access.isInitializingSelf else {
                    try modifyObserved(&base, type.storedProperties[index], index, instance.fields[index], body)
                    return
                }
                base = .void
                defer { base = .structInstance(instance) }
                try body(&instance.fields[index])
                instance.fields[index] = typed(instance.fields[index], as: type.storedProperties[index].annotation)
                return
            }
            try modifyComputed(&base, instance.type, name, body)
        case .object(let object):
            try modifyObjectMember(&base, object, name, access, body)
        case .tuple(var tuple):
            guard
                let index = Int(name).flatMap({ tuple.elements.indices.contains($0) ? $0 : nil })
                    ?? tuple.labels.firstIndex(of: name)
            else { throw RuntimeError("value of tuple type '\(base.typeName)' has no member '\(name)'") }
            base = .void
            defer { base = .tuple(tuple) }
            try body(&tuple.elements[index])
        case .type(.declared(let definition)):
            if let variable = definition.staticVariable(name) {
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
            let binding = bindings.binding(for: object)
            if binding?.isScriptBridge == true, let script = (object as? any ScriptedObject)?.script,
                script.type.hasInstanceMember(name)
            {
                try modifyObjectMember(&base, script, name, access, body)
                return
            }
            guard let property = binding?.lookup({ $0.properties[name] }) else {
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
        return value.isLazyUnset
    }

    /// A stored or computed property of a class instance (or of the cell part of a library object).
    private func modifyObjectMember(
        _ base: inout Value, _ object: ObjectInstance, _ name: String, _ access: MemberAccess,
        _ body: (inout Value) throws -> Void
    ) throws {
        guard let index = object.type.fieldIndices[name] else {
            try modifyComputed(&base, object.type, name, body)
            return
        }
        let type = object.type
        try checkAssignable(type, index, object.fields[index], access)
        guard type.storedProperties[index].observers.isEmpty || access.isInitializingSelf else {
            try modifyObserved(&base, type.storedProperties[index], index, object.fields[index], body)
            return
        }
        var field = object.fields[index]
        object.fields[index] = .void
        defer { object.fields[index] = typed(field, as: type.storedProperties[index].annotation) }
        try body(&field)
    }

    /// Swift's rules for assigning a stored property: a `let` only while it is being initialized, a
    /// `private(set)` one only from the type's own code.
    @inline(__always)
    private func checkAssignable(
        _ type: TypeDefinition, _ index: Int, _ current: Value, _ access: MemberAccess
    ) throws {
        if type.storedProperties[index].isConstant, !isUninitialized(current) {
            throw RuntimeError("cannot assign to property: '\(type.storedProperties[index].name)' is a 'let' constant")
        }
        if type.storedProperties[index].hasPrivateSetter, access.type.map({ !type.isKind(of: $0.name) }) ?? true {
            let property = type.storedProperties[index]
            throw RuntimeError(
                property.isPrivate
                    ? "'\(property.name)' is inaccessible due to 'private' protection level"
                    : "cannot assign to property: '\(property.name)' setter is inaccessible")
        }
    }

    /// A change of a stored property with observers: `willSet` sees the new value, then it is stored, then
    /// `didSet` sees the old one; each runs as a method of `base` (which a struct's observer may change).
    private func modifyObserved(
        _ base: inout Value, _ property: TypeDefinition.StoredProperty, _ index: Int, _ old: Value,
        _ body: (inout Value) throws -> Void
    ) throws {
        var new = old
        try body(&new)
        new = typed(new, as: property.annotation)
        // An observer that assigns its own property stores the value without running the observers again.
        let key = PropertyKey(name: property.name, type: base.declaredType(in: self).map(ObjectIdentifier.init))
        let isNested = observing.contains(key)
        if !isNested { observing.insert(key) }
        defer { if !isNested { observing.remove(key) } }
        if !isNested {
            for observer in property.observers.beforeChange { try runObserver(observer, on: &base, with: new) }
        }
        switch base {
        case .structInstance(var instance):
            instance.fields[index] = new
            base = .structInstance(instance)
        case .object(let object):
            object.fields[index] = new
        case .native(let object):
            scriptObject(of: object)?.fields[index] = new
        default:
            break
        }
        if !isNested {
            for observer in property.observers.afterChange { try runObserver(observer, on: &base, with: old) }
        }
    }

    private func runObserver(_ observer: CompiledFunction, on base: inout Value, with value: Value) throws {
        let receiver = Variable(base)
        var arguments = CallArguments([value])
        _ = try invoke(observer, captures: [], receiver: receiver, &arguments)
        base = receiver.value
    }

    private func modifyComputed(
        _ base: inout Value, _ type: TypeDefinition, _ name: String, _ body: (inout Value) throws -> Void
    ) throws {
        guard let property = type.computedProperty(name) else {
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
