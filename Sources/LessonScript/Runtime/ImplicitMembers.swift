extension Runtime {
    /// `value` as a value of `annotation`: ``Value/converted(to:)``, after resolving `.name` where the annotation
    /// names a cell's struct or class. `.name` alone is evaluated before its type is known: an enum case is found
    /// then (``implicitMember(_:)``), anything else stays a symbol until here, where a parameter, property,
    /// variable or result gives its type (`f(.zero)` with `func f(_ v: Vector)` is `Vector.zero`).
    func typed(_ value: Value, as annotation: TypeAnnotation?) -> Value {
        guard case .symbol(let name) = value else { return value.converted(to: annotation) }
        var target = annotation
        while case .optional(let wrapped)? = target { target = wrapped }
        guard case .named(let typeName)? = target, let type = declaredType(named: typeName),
            let member = try? staticMember(of: .declared(type), name)
        else { return value }
        return member.converted(to: annotation)
    }

    /// Two operands of an operator where one is `.name` and the other a cell type's value (`v == .zero`): the
    /// symbol resolved in that type; `nil` when neither is such a symbol.
    func resolvingSymbols(_ lhs: Value, _ rhs: Value) -> (Value, Value)? {
        func resolved(_ value: Value, like other: Value) -> Value? {
            guard case .symbol(let name) = value, let type = other.declaredType(in: self),
                let member = try? staticMember(of: .declared(type), name)
            else { return nil }
            return member
        }
        if let right = resolved(rhs, like: lhs) { return (lhs, right) }
        if let left = resolved(lhs, like: rhs) { return (left, rhs) }
        return nil
    }

    /// The cell type that the global name `name` holds.
    private func declaredType(named name: String) -> TypeDefinition? {
        guard let index = globals.index(of: name), case .type(.declared(let definition)) = globals[index].value
        else { return nil }
        return definition
    }
}
