import SwiftSyntax

extension TypeChecker {
    /// `base.name(arguments)`: a method, a static method or enum case of a type, an initializer, or
    /// `.name(arguments)` with the type the context expects.
    func inferMethodCall(
        _ access: MemberAccessExprSyntax, _ arguments: CheckedArguments, expected: StaticType?
    )
        throws -> StaticType
    {
        let name = access.declName.baseName.text
        guard let base = access.base, !base.is(SuperExprSyntax.self) else {
            if access.base == nil, let type = implicitBase(expected) {
                return try callStaticMember(name, of: type, arguments)
            }
            try inferAll(arguments)
            return .unknown
        }
        let baseType = try infer(base)
        switch baseType {
        case .metatype(let instance):
            if name == "init" { return try callInitializer(of: instance, arguments) }
            return try callStaticMember(name, of: instance, arguments)
        case .declared(let typeName):
            switch environment.member(name, of: typeName, isStatic: false) {
            case .methods(let overloads)?:
                let (result, chosen) = try callOverloads(overloads, arguments)
                if chosen?.isMutating == true {
                    try requireMutable(base, mutation: .mutatingCall(access.declName.baseName))
                }
                return result
            case .property(let property)?:
                if case .function(let parameters, let result) = property.type {
                    try checkArguments(arguments, against: .positional(parameters, result: result))
                    return result
                }
            case nil: try requireMember(name, of: baseType, at: access.declName)
            default: break
            }
        case .optional(let wrapped):
            try requireUnwrapped(base, baseType, wrapped, member: name)
        default:
            // An extension's methods are overloads beside the standard library's of the same name.
            if case .methods(let overloads)? = extensionMember(name, of: baseType, isStatic: false) {
                let fitting = overloads.filter { labelsFit(arguments, $0) }
                if !fitting.isEmpty { return try callOverloads(fitting, arguments).result }
            }
            if name == "reduce", case .array(let element) = baseType,
                let result = try reduceResult(element, arguments)
            {
                return result
            }
            if let methods = standardMethods(name, of: baseType) {
                let fitting = methods.filter { labelsFit(arguments, $0) }
                if fitting.count == 1 {
                    try checkArguments(arguments, against: fitting[0])
                    if fitting[0].isMutating {
                        try requireMutable(base, mutation: .mutatingCall(access.declName.baseName))
                    }
                    return fitting[0].result
                }
            }
        }
        try inferAll(arguments)
        return .unknown
    }

    /// The type of `xs.reduce(initial, combine)` where Swift's inference is plain: a typed initial value gives
    /// its type; a number literal combined by an arithmetic operator takes the elements' number type
    /// (`[1, 2].reduce(0, +)` is an `Int`). `nil` otherwise (unknown).
    private func reduceResult(_ element: StaticType, _ arguments: CheckedArguments) throws -> StaticType? {
        guard arguments.labels == [nil, nil] else { return nil }
        let initial = try infer(arguments.arguments[0].expression)
        let combine = arguments.arguments[1].expression
        if initial.isFullyKnown, !initial.isNumberLiteral, initial.isPlainValue {
            _ = try infer(combine)
            return initial
        }
        let arithmetic: Set<String> = ["+", "-", "*"]
        guard initial.isNumberLiteral, element == .int || element == .double,
            let op = combine.as(DeclReferenceExprSyntax.self)?.baseName.text, arithmetic.contains(op)
        else { return nil }
        return initial == .floatLiteral && element == .int ? nil : element
    }

    /// The cell type an implicit member call (`.linear(inputs: 3)`) is looked up in.
    private func implicitBase(_ expected: StaticType?) -> StaticType? {
        var target = expected
        while case .optional(let wrapped)? = target { target = wrapped }
        if case .declared? = target { return target }
        return nil
    }

    /// `Type.name(arguments)`: an enum case with associated values, or a static method.
    private func callStaticMember(
        _ name: String, of type: StaticType, _ arguments: CheckedArguments
    ) throws
        -> StaticType
    {
        guard case .declared(let typeName) = type else {
            try inferAll(arguments)
            return .unknown
        }
        switch environment.member(name, of: typeName, isStatic: true) {
        case .enumCase(let enumCase)?:
            guard let payload = enumCase.payload else { break }
            let constructor = FunctionShape(name: name, parameters: payload, result: type)
            try checkArguments(arguments, against: constructor)
            return type
        case .methods(let overloads)?:
            return try callOverloads(overloads, arguments).result
        default: break
        }
        try inferAll(arguments)
        return .unknown
    }
}
