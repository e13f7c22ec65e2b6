/// Member lookup through inheritance: a type's own members first, then its superclass's (and so on up), then the
/// default implementations that extensions of its protocols provide. A subclass keeps only what it declares
/// itself (with the inherited overloads of those names merged in), so an extension of a superclass added in a
/// later cell is seen by its subclasses, as in Swift.
extension TypeDefinition {
    /// The instance methods named `name` an instance of this type has.
    func instanceMethods(_ name: String) -> [CompiledFunction]? {
        if let own = methods[name] { return own }
        if let inherited = superclass?.instanceMethods(name) { return inherited }
        return protocolMember { $0.methods[name] }
    }

    /// The computed property `name` an instance of this type has.
    func computedProperty(_ name: String) -> ComputedProperty? {
        if let own = computedProperties[name] { return own }
        if let inherited = superclass?.computedProperty(name) { return inherited }
        return protocolMember { $0.computedProperties[name] }
    }

    /// The static stored property `name` (a subclass shares its superclass's storage).
    func staticVariable(_ name: String) -> Variable? {
        staticVariables[name] ?? superclass?.staticVariable(name)
    }

    /// The static computed property `name`.
    func staticComputedProperty(_ name: String) -> ComputedProperty? {
        if let own = staticComputedProperties[name] { return own }
        if let inherited = superclass?.staticComputedProperty(name) { return inherited }
        return protocolMember { $0.staticComputedProperties[name] }
    }

    /// The static methods named `name`.
    func staticMethodOverloads(_ name: String) -> [CompiledFunction]? {
        if let own = staticMethods[name] { return own }
        if let inherited = superclass?.staticMethodOverloads(name) { return inherited }
        return protocolMember { $0.staticMethods[name] }
    }

    /// The `subscript` declarations of this type or its superclasses.
    var allSubscripts: [SubscriptDeclaration] {
        subscripts + (superclass?.allSubscripts ?? [])
            + (protocolMember { $0.subscripts.isEmpty ? nil : $0.subscripts } ?? [])
    }

    /// Whether an instance member named `name` exists (for implicit `self` in methods).
    func hasInstanceMember(_ name: String) -> Bool {
        fieldIndices[name] != nil || computedProperty(name) != nil || instanceMethods(name) != nil
            || requirement(name, isStatic: false) != nil || (name == "rawValue" && hasRawValues)
            || declaredInstanceNames.contains(name)
    }

    /// Whether this is an enum with raw values (`enum Planet: Int`).
    var hasRawValues: Bool {
        kind == .enumType && conformances.contains { $0.hasPrefix("RawValue:") }
    }

    /// Whether an instance method named `name` exists (for implicit `self.name(...)` calls in methods).
    func hasInstanceMethod(_ name: String) -> Bool {
        instanceMethods(name) != nil || requirement(name, isStatic: false)?.isMethod == true
            || declaredInstanceNames.contains(name)
    }

    /// Whether a static member named `name` exists (for implicit `Self` in static methods).
    func hasStaticMember(_ name: String) -> Bool {
        staticVariable(name) != nil || staticComputedProperty(name) != nil || staticMethodOverloads(name) != nil
            || enumCase(named: name) != nil || requirement(name, isStatic: true) != nil
            || declaredStaticNames.contains(name)
    }

    /// The requirement `name` of this protocol or of a protocol it conforms to or refines.
    func requirement(_ name: String, isStatic: Bool) -> Requirement? {
        if let own = requirements.first(where: { $0.name == name && $0.isStatic == isStatic }) { return own }
        if let inherited = superclass?.requirement(name, isStatic: isStatic) { return inherited }
        return protocolMember { protocolType in
            protocolType.requirements.first { $0.name == name && $0.isStatic == isStatic }
        }
    }

    /// Whether this type is `name`, inherits from a class named `name`, or conforms to a protocol named `name`
    /// (declared in a cell or one of Swift's protocols it names: `Equatable`, `Error`...).
    func isKind(of name: String) -> Bool {
        if self.name == name || conformances.contains(name) { return true }
        if superclass?.isKind(of: name) == true { return true }
        if protocolMember({ $0.name == name || $0.conformances.contains(name) ? true : nil }) != nil { return true }
        var native = nativeSuperclass
        while let binding = native {
            if binding.name == name { return true }
            native = binding.parent
        }
        return false
    }

    /// The first non-`nil` result of `read` over this type's protocols and the protocols they refine, nearest
    /// first.
    private func protocolMember<T>(_ read: (TypeDefinition) -> T?) -> T? {
        if protocols.isEmpty { return nil }
        var pending = protocols
        var visited: Set<ObjectIdentifier> = []
        while !pending.isEmpty {
            let next = pending.removeFirst()
            guard visited.insert(ObjectIdentifier(next)).inserted else { continue }
            if let found = read(next) { return found }
            pending += next.protocols
        }
        return nil
    }
}
