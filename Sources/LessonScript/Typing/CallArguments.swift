import SwiftSyntax

/// A call's arguments as the checker matches them to parameters: labels, expressions, trailing closures, and
/// the call's parentheses (where swiftc places errors about the arguments as a whole).
struct CheckedArguments {
    struct Argument {
        let label: String?
        let expression: ExprSyntax
        /// Where an error about this argument goes: its label, or its value when it has none.
        let position: Syntax
    }

    var arguments: [Argument]
    var firstTrailingClosure: Int?
    var leftParenthesis: Syntax?
    var rightParenthesis: Syntax?
    /// Where an error goes when the call has no parentheses (`f { ... }`): the callee.
    var callee: Syntax?

    var labels: [String?] { arguments.map(\.label) }

    /// A function call's arguments, trailing closures included.
    init(_ call: FunctionCallExprSyntax) {
        self.init(call.arguments)
        if let trailing = call.trailingClosure {
            firstTrailingClosure = arguments.count
            arguments.append(Argument(label: nil, expression: ExprSyntax(trailing), position: Syntax(trailing)))
        }
        for closure in call.additionalTrailingClosures {
            arguments.append(
                Argument(label: closure.label.text, expression: ExprSyntax(closure.closure), position: Syntax(closure)))
        }
        leftParenthesis = call.leftParen.map(Syntax.init)
        rightParenthesis = call.rightParen.map(Syntax.init)
        callee = Syntax(call.calledExpression)
    }

    /// A subscript's or an enum case's arguments.
    init(_ list: LabeledExprListSyntax) {
        arguments = list.map { element in
            Argument(label: element.label?.text, expression: element.expression, position: Syntax(element))
        }
    }
}

extension TypeChecker {
    /// Checks `arguments` against a function's parameters: labels as Swift matches them (swiftc's error for
    /// a mismatch, at its place), then each argument's type.
    func checkArguments(_ arguments: CheckedArguments, against function: FunctionShape) throws {
        if function.takesArgumentsByPosition {
            guard arguments.arguments.count == function.parameters.count else { return try inferAll(arguments) }
            for (argument, parameter) in zip(arguments.arguments, function.parameters) {
                try checkArgument(argument, parameter)
            }
            return
        }
        switch matchArguments(
            labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure,
            to: function.parameterShapes)
        {
        case .failure(let error):
            throw placed(error, in: arguments)
        case .success(let sources):
            for (parameter, source) in zip(function.parameters, sources) {
                switch source {
                case .argument(let index): try checkArgument(arguments.arguments[index], parameter)
                case .variadic(let indices):
                    for index in indices { try checkArgument(arguments.arguments[index], parameter) }
                case .omitted: break
                }
            }
        }
    }

    /// Whether `arguments`' labels fit `function`'s parameters.
    func labelsFit(_ arguments: CheckedArguments, _ function: FunctionShape) -> Bool {
        if function.takesArgumentsByPosition { return arguments.arguments.count == function.parameters.count }
        if case .success = matchArguments(
            labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure,
            to: function.parameterShapes)
        {
            return true
        }
        return false
    }

    private func checkArgument(_ argument: CheckedArguments.Argument, _ parameter: FunctionShape.Parameter) throws {
        if let reference = argument.expression.as(InOutExprSyntax.self) {
            try requireMutable(reference.expression, mutation: .inoutArgument(reference))
            _ = try infer(reference.expression)
            return
        }
        try check(argument.expression, against: parameter.type, role: .argument)
    }

    /// Infers every argument without a context (the callee is unknown), for the errors inside them.
    func inferAll(_ arguments: CheckedArguments) throws {
        for argument in arguments.arguments {
            let expression = argument.expression.as(InOutExprSyntax.self)?.expression ?? argument.expression
            _ = try infer(expression)
        }
    }

    /// A label error from argument matching, placed where swiftc puts it in this call.
    func placed(_ error: RuntimeError, in arguments: CheckedArguments) -> RuntimeError {
        let position: Syntax? =
            switch error.callPlace {
            case .argument(let index)? where index < arguments.arguments.count: arguments.arguments[index].position
            case .leftParenthesis?: arguments.leftParenthesis
            case .rightParenthesis?: arguments.rightParenthesis
            default: nil
            }
        guard let position = position ?? arguments.callee else { return error }
        return typeError(error.message, at: position)
    }
}
