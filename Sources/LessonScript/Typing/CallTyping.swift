import SwiftSyntax

extension TypeChecker {
    /// A call: of a named function, a method, an initializer, an enum case, or a function value.
    func inferCall(_ call: FunctionCallExprSyntax, expected: StaticType?) throws -> StaticType {
        let arguments = CheckedArguments(call)
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
            return try inferNamedCall(reference, arguments)
        }
        if let access = callee.as(MemberAccessExprSyntax.self) {
            return try inferMethodCall(access, arguments, expected: expected)
        }
        if let array = callee.as(ArrayExprSyntax.self), array.elements.count == 1,
            let element = array.elements.first, case .type(let elementType) = typeNamed(by: element.expression)
        {
            try inferAll(arguments)
            return .array(elementType)
        }
        let calleeType = try infer(callee)
        if case .function(let parameters, let result) = calleeType {
            try checkArguments(arguments, against: .positional(parameters, result: result))
            return result
        }
        try inferAll(arguments)
        return .unknown
    }

    /// What an expression used as a type names (`Int` in `[Int]()`).
    private func typeNamed(by expression: ExprSyntax) -> NameMeaning {
        guard let reference = expression.as(DeclReferenceExprSyntax.self) else { return .unknown }
        return lookup(reference.baseName.text)
    }

    /// `name(arguments)`.
    private func inferNamedCall(
        _ reference: DeclReferenceExprSyntax, _ arguments: CheckedArguments
    ) throws
        -> StaticType
    {
        let name = reference.baseName.text
        switch lookup(name) {
        case .variable(let type, _, _):
            return try callValue(of: type, arguments)
        case .functions(let overloads):
            return try callOverloads(overloads, arguments).result
        case .selfMember(.methods(let overloads)):
            // In an extension of a standard type, the type's own methods of the same name are not listed.
            if case .declared? = body.selfType {
            } else if !overloads.contains(where: { labelsFit(arguments, $0) }) {
                try inferAll(arguments)
                return .unknown
            }
            let (result, chosen) = try callOverloads(overloads, arguments)
            if chosen?.isMutating == true, let immutability = selfImmutability {
                throw typeError(
                    "cannot use mutating member on immutable value: \(immutability.reason)", at: reference.baseName)
            }
            return result
        case .selfMember(.property(let property)):
            return try callValue(of: property.type, arguments)
        case .type(let type):
            return try callInitializer(of: type, arguments)
        case .libraryFunction(let name):
            if StandardLibrary.functions[name] == nil {
                try checkLabels(arguments, against: bindings.functions[name] ?? [])
            }
            return try standardCall(name, arguments)
        case .libraryType(let name):
            try checkLabels(arguments, against: bindings.typesByName[name]?.initializers ?? [])
            try inferAll(arguments)
            return .unknown
        case .selfMember(.enumCase), .unknown:
            if StandardLibrary.functions[name] != nil { return try standardCall(name, arguments) }
            try inferAll(arguments)
            return .unknown
        }
    }

    /// Calling a value of `type`: a function value takes its arguments by position.
    private func callValue(of type: StaticType, _ arguments: CheckedArguments) throws -> StaticType {
        guard case .function(let parameters, let result) = type else {
            try inferAll(arguments)
            return .unknown
        }
        try checkArguments(arguments, against: .positional(parameters, result: result))
        return result
    }

    /// Calls one of `overloads`: the only one, the only one whose labels fit, or the only one whose parameter
    /// types accept the arguments; unknown when the checker cannot choose. Returns the result and the overload.
    func callOverloads(
        _ overloads: [FunctionShape], _ arguments: CheckedArguments
    ) throws
        -> (result: StaticType, chosen: FunctionShape?)
    {
        if overloads.count == 1 {
            try checkArguments(arguments, against: overloads[0])
            return (overloads[0].result, overloads[0])
        }
        let fitting = overloads.filter { labelsFit(arguments, $0) }
        if fitting.count == 1 {
            try checkArguments(arguments, against: fitting[0])
            return (fitting[0].result, fitting[0])
        }
        try inferAll(arguments)
        return (.unknown, nil)
    }

    /// `Type(arguments)`: an initializer of a cell's type, or a standard type's conversion.
    func callInitializer(of type: StaticType, _ arguments: CheckedArguments) throws -> StaticType {
        switch type {
        case .declared(let name):
            guard let initializers = initializers(of: name), !initializers.isEmpty else {
                try inferAll(arguments)
                return .unknown
            }
            return try callOverloads(initializers, arguments).result
        case .int, .double:
            guard arguments.arguments.count == 1, arguments.labels == [nil] else {
                try inferAll(arguments)
                return .unknown
            }
            let argument = try infer(arguments.arguments[0].expression)
            if argument == .string { return .optional(type) }
            return argument.isNumber || argument.isNumberLiteral ? type : .unknown
        case .string:
            try inferAll(arguments)
            return .string
        default:
            try inferAll(arguments)
            return .unknown
        }
    }

    /// The initializers of the cell type `name`, or `nil` when the checker does not know them all.
    private func initializers(of name: String) -> [FunctionShape]? {
        var visited: Set<String> = []
        return initializers(of: name, instance: .declared(name), visited: &visited)
    }

    private func initializers(of name: String, instance: StaticType, visited: inout Set<String>) -> [FunctionShape]? {
        guard visited.insert(name).inserted, let shape = environment.shape(named: name), !shape.isPartlyKnown
        else { return nil }
        var result = shape.initializers.map { initializer -> FunctionShape in
            var copy = initializer
            copy.result = initializer.result.wrappedType != nil ? .optional(instance) : instance
            return copy
        }
        switch shape.kind {
        case .structType:
            if let memberwise = shape.memberwiseInitializer { result.append(memberwise) }
        case .classType:
            // A subclass may inherit its superclass's initializers (designated or convenience ones, by rules the
            // checker does not follow): all of them count, which can only make a call ambiguous, never wrong.
            if let superclass = shape.superclass {
                guard let inherited = initializers(of: superclass, instance: instance, visited: &visited) else {
                    return nil
                }
                result += inherited
            } else if !shape.declaresInitializer,
                shape.storedProperties.allSatisfy({ shape.properties[$0]?.hasDefault == true })
            {
                result.append(FunctionShape(name: "init", parameters: [], result: instance))
            }
        case .enumType:
            if let rawType = shape.rawType {
                result.append(
                    FunctionShape(
                        name: "init", parameters: [FunctionShape.Parameter(label: "rawValue", type: rawType)],
                        result: .optional(instance)))
            }
        case .protocolType:
            return nil
        }
        return result
    }

    /// A call of a library function or initializer: its arguments must fit one of its registered signatures
    /// (the first mismatch is the error, as when the call runs).
    private func checkLabels(_ arguments: CheckedArguments, against overloads: [FunctionBinding]) throws {
        var firstFailure: RuntimeError?
        for binding in overloads {
            switch matchArguments(
                labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure,
                to: binding.signature.shapes)
            {
            case .success: return
            case .failure(let error): firstFailure = firstFailure ?? error
            }
        }
        if let firstFailure { throw placed(firstFailure, in: arguments) }
    }

    /// A call of a standard function (`print`, `abs`, `max`...): its result type where modelled.
    private func standardCall(_ name: String, _ arguments: CheckedArguments) throws -> StaticType {
        var types: [StaticType] = []
        for argument in arguments.arguments { types.append(try infer(argument.expression)) }
        return standardFunctionResult(name, labels: arguments.labels, types) ?? .unknown
    }
}
