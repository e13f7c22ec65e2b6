import SwiftSyntax

extension TypeChecker {
    /// A closure: its body is checked with its parameters declared, of the types written on them or the ones
    /// the context's function type gives; a one-expression body gives the result type.
    func inferClosure(_ closure: ClosureExprSyntax, expected: StaticType?) throws -> StaticType {
        var expectedParameters: [StaticType] = []
        var expectedResult: StaticType?
        if case .function(let parameters, let result)? = expected {
            expectedParameters = parameters
            expectedResult = result
        }
        var context = body
        context.result = nil
        context.isFunction = false
        context.isInitializer = false
        return try inBody(context) {
            let parameterTypes = declareClosureParameters(closure, expectedParameters)
            let declaredResult = closure.signature?.returnClause.map {
                environment.resolve($0.type, generics: body.generics)
            }
            let statements = closure.statements
            if statements.count == 1, let only = statements.first, let expression = only.item.singleExpression,
                !expression.is(IfExprSyntax.self), !expression.is(SwitchExprSyntax.self)
            {
                let result = try infer(expression, expected: declaredResult ?? expectedResult)
                return .function(parameterTypes, declaredResult ?? result.defaulted)
            }
            try checkStatements(statements)
            return .function(parameterTypes, declaredResult ?? .unknown)
        }
    }

    /// Declares a closure's parameters; returns their types.
    private func declareClosureParameters(_ closure: ClosureExprSyntax, _ expected: [StaticType]) -> [StaticType] {
        func expectedType(_ index: Int, count: Int) -> StaticType {
            expected.count == count ? expected[index] : .unknown
        }
        var types: [StaticType] = []
        switch closure.signature?.parameterClause {
        case .simpleInput(let names)?:
            for (index, name) in names.enumerated() {
                let type = expectedType(index, count: names.count)
                declareLocal(name.name.text, closureParameter(type))
                types.append(type)
            }
        case .parameterClause(let clause)?:
            for (index, parameter) in clause.parameters.enumerated() {
                let type =
                    parameter.type.map { environment.resolve($0, generics: body.generics) }
                    ?? expectedType(index, count: clause.parameters.count)
                declareLocal((parameter.secondName ?? parameter.firstName).text, closureParameter(type))
                types.append(type)
            }
        case nil:
            let count = closure.statements.shorthandParameterCount
            for index in 0..<count {
                let type = expectedType(index, count: count)
                declareLocal("$\(index)", closureParameter(type))
                types.append(type)
            }
        }
        return types
    }

    /// A closure parameter: a constant, unless its type is unknown (it may be `inout`: `reduce(into:)`).
    private func closureParameter(_ type: StaticType) -> TypeEnvironment.Symbol {
        .variable(type, isConstant: type != .unknown)
    }

    /// `base[index]`: an array's element, a dictionary's optional value; unknown otherwise.
    func inferSubscript(_ subscriptCall: SubscriptCallExprSyntax) throws -> StaticType {
        let base = try infer(subscriptCall.calledExpression)
        let arguments = Array(subscriptCall.arguments)
        var indexTypes: [StaticType] = []
        for argument in arguments { indexTypes.append(try infer(argument.expression)) }
        guard arguments.count == 1 || arguments.count == 2 else { return .unknown }
        let labels = arguments.map { $0.label?.text }
        switch base {
        case .array(let element) where labels == [nil]:
            return indexTypes[0] == .int || indexTypes[0] == .integerLiteral ? element : .unknown
        case .dictionary(_, let value) where labels == [nil]:
            return .optional(value)
        case .dictionary(_, let value) where labels == [nil, "default"]:
            return value
        default:
            return .unknown
        }
    }
}
