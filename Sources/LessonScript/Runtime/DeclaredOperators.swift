/// Operators that cells declare for their types: `static func == (lhs: Point, rhs: Point) -> Bool` in a type,
/// `func + (lhs: Vector, rhs: Vector) -> Vector` at the top level, `static prefix func -`, `static func +=`
/// with an `inout` left side. `!=`, `>`, `<=` and `>=` follow from `==` and `<` as `Equatable` and
/// `Comparable` define them.
extension Runtime {
    /// Declares a global operator function; one with the same parameter types replaces it.
    func declareOperatorFunction(_ name: String, _ function: Function) {
        var overloads = operatorFunctions[name] ?? []
        if case .script(let new, _, _) = function.body {
            overloads.removeAll { existing in
                guard case .script(let old, _, _) = existing.body else { return false }
                return old.parameters.map { $0.annotation?.description }
                    == new.parameters.map { $0.annotation?.description }
            }
        }
        operatorFunctions[name] = [function] + overloads
    }

    /// `lhs name rhs` by an operator a cell declared for an operand's type, or `nil` when there is none.
    func declaredBinary(_ name: String, _ lhs: Value, _ rhs: Value) throws -> Value? {
        if let result = try callDeclaredOperator(name, [lhs, rhs]) { return result }
        switch name {
        case "!=":
            return try callDeclaredOperator("==", [lhs, rhs]).map { .bool(!(try $0.truthValue)) }
        case ">":
            return try callDeclaredOperator("<", [rhs, lhs])
        case "<=":
            return try callDeclaredOperator("<", [rhs, lhs]).map { .bool(!(try $0.truthValue)) }
        case ">=":
            return try callDeclaredOperator("<", [lhs, rhs]).map { .bool(!(try $0.truthValue)) }
        default:
            return nil
        }
    }

    /// `name operand` by a prefix operator a cell declared for the operand's type.
    func declaredPrefix(_ name: String, _ operand: Value) throws -> Value? {
        try callDeclaredOperator(name, [operand])
    }

    /// `current name= operand` by a compound-assignment operator a cell declared (`static func +=`), which
    /// changes `current` through its `inout` parameter; `false` when there is none.
    func declaredCompoundAssign(_ name: String, _ current: inout Value, _ operand: Value) throws -> Bool {
        guard let function = declaredOperator(name, [current, operand]) else { return false }
        let target = Variable(current)
        var arguments = CallArguments([current, operand])
        arguments.inoutVariables = [target, nil]
        _ = try call(function, &arguments)
        current = target.value
        return true
    }

    /// Whether `value` is of a cell type, whose operators cells may declare.
    func hasDeclaredOperators(_ value: Value) -> Bool {
        value.declaredType(in: self) != nil || !operatorFunctions.isEmpty
    }

    private func callDeclaredOperator(_ name: String, _ operands: [Value]) throws -> Value? {
        guard let function = declaredOperator(name, operands) else { return nil }
        var arguments = CallArguments(operands)
        return try call(function, &arguments)
    }

    /// The operator function for `operands`: a static one of an operand's type taking as many operands, else a
    /// global one whose parameter types accept them.
    private func declaredOperator(_ name: String, _ operands: [Value]) -> Function? {
        for operand in operands {
            guard let type = operand.declaredType(in: self),
                let methods = type.staticMethodOverloads(name)?.filter({ $0.parameters.count == operands.count }),
                let method = methods.first(where: { accepts($0, operands) }) ?? methods.first
            else { continue }
            return Function(name: name, body: .script(method, captures: [], receiver: Variable(.type(.declared(type)))))
        }
        return operatorFunctions[name]?.first { function in
            guard case .script(let compiled, _, _) = function.body else { return false }
            return compiled.parameters.count == operands.count && accepts(compiled, operands)
        }
    }

    private func accepts(_ function: CompiledFunction, _ operands: [Value]) -> Bool {
        zip(function.parameters, operands).allSatisfy { parameter, operand in
            guard let annotation = parameter.annotation else { return true }
            if case .named(let name) = annotation, function.genericParameters.contains(name) || name == "Self" {
                return true
            }
            return value(operand, matches: annotation)
        }
    }

    /// `lhs == rhs` by a `==` a cell declared for their type, or `nil` when there is none.
    func declaredEquality(_ lhs: Value, _ rhs: Value) throws -> Bool? {
        try callDeclaredOperator("==", [lhs, rhs]).map { try $0.truthValue }
    }

    /// The order of `lhs` and `rhs` by a `<` a cell declared for their type (negative, zero or positive), or
    /// `nil` when there is none.
    func declaredOrder(_ lhs: Value, _ rhs: Value) throws -> Int? {
        guard let less = try callDeclaredOperator("<", [lhs, rhs]) else { return nil }
        if try less.truthValue { return -1 }
        return try callDeclaredOperator("<", [rhs, lhs])?.truthValue == true ? 1 : 0
    }
}
