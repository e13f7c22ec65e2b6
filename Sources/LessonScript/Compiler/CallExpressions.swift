import SwiftParser
import SwiftSyntax

/// A call's compiled arguments: how to evaluate them, their labels, and the places of `&` arguments.
struct CompiledArguments {
    let evaluators: [StoredEvaluator]
    let labels: [String?]
    let firstTrailingClosure: Int?
    let inoutPlaces: [(index: Int, place: Place)]
    /// Where each argument, and the call's parentheses, are: errors about the arguments are placed there.
    var argumentSpots: [SourceSpot] = []
    /// Where swiftc places an error about each argument's value (its type).
    var argumentValueSpots: [SourceSpot] = []
    var leftParenthesis: SourceSpot?
    var rightParenthesis: SourceSpot?

    /// Runs `body`, placing an error about the arguments (a missing label, an extra argument) where swiftc
    /// places it in the call.
    @inline(__always)
    func placingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as RuntimeError where error.spot == nil && error.callPlace != nil {
            switch error.callPlace {
            case .argument(let index)? where index < argumentSpots.count: error.spot = argumentSpots[index]
            case .argumentValue(let index)? where index < argumentValueSpots.count:
                error.spot = argumentValueSpots[index]
            case .leftParenthesis?: error.spot = leftParenthesis
            case .rightParenthesis?: error.spot = rightParenthesis
            default: break
            }
            throw error
        }
    }

    /// Evaluates the arguments; `&x` arguments get a variable holding `x`'s value.
    @inline(__always)
    func evaluate(_ frame: Frame) throws -> CallArguments {
        var values: [Value] = []
        values.reserveCapacity(evaluators.count)
        for evaluator in evaluators { values.append(try evaluator.evaluate(frame)) }
        var arguments = CallArguments(values, labels: labels)
        arguments.firstTrailingClosure = firstTrailingClosure
        if !inoutPlaces.isEmpty {
            arguments.inoutVariables = Array(repeating: nil, count: values.count)
            for (index, _) in inoutPlaces { arguments.inoutVariables[index] = Variable(values[index]) }
        }
        return arguments
    }

    /// Writes the `&` arguments' final values back to their places.
    @inline(__always)
    func writeBack(_ arguments: CallArguments, _ frame: Frame) throws {
        for (index, place) in inoutPlaces {
            guard let variable = arguments.inoutVariable(at: index) else { continue }
            let value = variable.value
            try place.modify(frame) { $0 = value }
        }
    }
}

extension Compiler {
    /// `&name` for a `let` is swiftc's `cannot pass immutable value as inout argument: 'name' is a 'let'
    /// constant`, at the `&`, before the call.
    private func checkingMutable(_ argument: InOutExprSyntax, _ read: @escaping Evaluator) throws -> Evaluator {
        guard let reference = argument.expression.as(DeclReferenceExprSyntax.self),
            let variable = try compileVariableLookup(reference.baseName.text, at: reference)
        else { return read }
        let name = reference.baseName.text
        let spot = spot(argument.ampersand)
        return { frame in
            if try variable(frame)?.isConstant == true {
                throw RuntimeError(
                    "cannot pass immutable value as inout argument: '\(name)' is a 'let' constant", at: spot)
            }
            return try read(frame)
        }
    }

    func compileCallArguments(
        _ arguments: LabeledExprListSyntax, trailingClosure: ClosureExprSyntax? = nil,
        additionalTrailingClosures: MultipleTrailingClosureElementListSyntax = [],
        of call: FunctionCallExprSyntax? = nil
    ) throws -> CompiledArguments {
        var evaluators: [StoredEvaluator] = []
        var labels: [String?] = []
        var inoutPlaces: [(Int, Place)] = []
        for argument in arguments {
            labels.append(argument.label?.text)
            if let inoutExpression = argument.expression.as(InOutExprSyntax.self) {
                guard let place = try compilePlace(inoutExpression.expression) else {
                    throw compileError("cannot pass immutable value as inout argument", at: inoutExpression.expression)
                }
                inoutPlaces.append((evaluators.count, place))
                evaluators.append(StoredEvaluator(evaluate: try checkingMutable(inoutExpression, place.read)))
            } else {
                evaluators.append(StoredEvaluator(evaluate: try compileExpression(argument.expression)))
            }
        }
        var firstTrailingClosure: Int?
        if let trailingClosure {
            firstTrailingClosure = evaluators.count
            labels.append(nil)
            evaluators.append(StoredEvaluator(evaluate: try compileClosure(trailingClosure)))
        }
        for closure in additionalTrailingClosures {
            labels.append(closure.label.text)
            evaluators.append(StoredEvaluator(evaluate: try compileClosure(closure.closure)))
        }
        var compiled = CompiledArguments(
            evaluators: evaluators, labels: labels, firstTrailingClosure: firstTrailingClosure,
            inoutPlaces: inoutPlaces)
        compiled.argumentSpots =
            arguments.map { spot($0) } + [trailingClosure.map { spot($0) }].compactMap { $0 }
            + additionalTrailingClosures.map { spot($0) }
        compiled.argumentValueSpots =
            arguments.map { spot($0.expression.typeErrorAnchor) }
            + [trailingClosure.map { spot($0) }].compactMap { $0 } + additionalTrailingClosures.map { spot($0) }
        compiled.leftParenthesis = call?.leftParen.map { spot($0) }
        compiled.rightParenthesis = call?.rightParen.map { spot($0) }
        return compiled
    }

    func compileCall(_ call: FunctionCallExprSyntax) throws -> Evaluator {
        try checkTryMarking(call)
        let arguments = try compileCallArguments(
            call.arguments, trailingClosure: call.trailingClosure,
            additionalTrailingClosures: call.additionalTrailingClosures, of: call)
        let spot = spot(call.calledExpression)
        let callee = call.calledExpression
        if let access = callee.as(MemberAccessExprSyntax.self), access.base?.is(SuperExprSyntax.self) == true {
            return try compileSuperCall(access, arguments, spot: self.spot(access.declName))
        }
        if let access = callee.as(MemberAccessExprSyntax.self), isSelfInit(access) {
            return try compileSelfInit(access, arguments, spot: spot)
        }
        if let access = callee.as(MemberAccessExprSyntax.self), let base = access.base,
            try standardLibraryQualified(access) == nil
        {
            return try compileMethodCall(
                base, access.declName.baseName.text, arguments, spot: self.spot(access.declName))
        }
        if let reference = callee.as(DeclReferenceExprSyntax.self), context.resolve(reference.baseName.text) == nil,
            let type = context.memberType, !context.isStatic, hasImplicitSelfMethod(type, reference.baseName.text)
        {
            return try compileMethodCall(
                ExprSyntax(DeclReferenceExprSyntax(baseName: .keyword(.self))), reference.baseName.text, arguments,
                spot: spot, implicitSelfAt: reference)
        }
        if let array = callee.as(ArrayExprSyntax.self) {
            let annotation = TypeAnnotation(Parser.parseType(array.trimmedDescription))
            return try compileTypeCall(.collection(annotation), arguments, spot: spot)
        }
        if let dictionary = callee.as(DictionaryExprSyntax.self) {
            let annotation = TypeAnnotation(Parser.parseType(dictionary.trimmedDescription))
            return try compileTypeCall(.collection(annotation), arguments, spot: spot)
        }
        let function = try compileExpression(callee)
        // A struct variable called with a `mutating func callAsFunction` changes through its place.
        let calleePlace = callee.is(DeclReferenceExprSyntax.self) ? try compilePlace(callee) : nil
        return { frame in
            let calleeValue = try function(frame)
            var values = try arguments.evaluate(frame)
            let result = try located(spot) {
                try arguments.placingErrors {
                    if let calleePlace, calleeValue.isStructInstance || calleeValue.isEnumCase,
                        frame.runtime.isMutatingMethod(calleeValue, "callAsFunction")
                    {
                        var result = Value.void
                        try rephrasingConstant(at: spot, "cannot use mutating member on immutable value") {
                            try calleePlace.modify(frame) { value in
                                result = try frame.runtime.callMutatingMethod(on: &value, "callAsFunction", &values)
                            }
                        }
                        return result
                    }
                    return try frame.runtime.call(calleeValue, &values)
                }
            }
            try arguments.writeBack(values, frame)
            return result
        }
    }

    /// `self.init(...)`, which delegates to another initializer.
    private func isSelfInit(_ access: MemberAccessExprSyntax) -> Bool {
        access.declName.baseName.text == "init"
            && access.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
    }

    private func compileTypeCall(
        _ type: TypeReference, _ arguments: CompiledArguments, spot: SourceSpot
    ) throws
        -> Evaluator
    {
        { frame in
            var values = try arguments.evaluate(frame)
            return try located(spot) { try arguments.placingErrors { try frame.runtime.construct(type, &values) } }
        }
    }

    /// `base.name(arguments)`: a mutating method writes the changed receiver back through `base`'s place.
    private func compileMethodCall(
        _ base: ExprSyntax, _ name: String, _ arguments: CompiledArguments, spot: SourceSpot,
        implicitSelfAt implicitSelf: DeclReferenceExprSyntax? = nil
    ) throws -> Evaluator {
        let place: Place?
        let read: Evaluator
        if let implicitSelf {
            place = try compileNamePlace("self", at: implicitSelf)
            read = try compileNameRead("self", at: implicitSelf)
        } else {
            place = try compilePlace(base)
            read = try place?.read ?? compileReceiver(base, ofMember: name)
        }
        let immutableReceiver = place == nil ? try immutableReceiverMessage(base) : nil
        let baseSpot = self.spot(base)
        return { frame in
            let receiver = try read(frame)
            var values = try arguments.evaluate(frame)
            let runtime = frame.runtime
            let result: Value = try located(spot) {
                if let immutableReceiver, receiver.isStructInstance || receiver.isEnumCase,
                    runtime.isMutatingMethod(receiver, name)
                {
                    throw RuntimeError("cannot use mutating member on immutable value: \(immutableReceiver)")
                }
                return try arguments.placingErrors {
                    if let place, runtime.isMutatingMethod(receiver, name) {
                        var result = Value.void
                        try rephrasingConstant(at: spot, "cannot use mutating member on immutable value") {
                            try place.modify(frame) { value in
                                result = try runtime.callMutatingMethod(on: &value, name, &values)
                            }
                        }
                        return result
                    }
                    return try placingAtBase(baseSpot) { try runtime.callMethod(on: receiver, name, &values) }
                }
            }
            try arguments.writeBack(values, frame)
            return result
        }
    }

    /// How swiftc names a call's result that a mutating method cannot change: `'makeCounter' returns immutable
    /// value`, or for an initializer `function call returns immutable value`.
    private func immutableReceiverMessage(_ base: ExprSyntax) throws -> String? {
        guard let call = base.as(FunctionCallExprSyntax.self) else { return nil }
        let name =
            call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
            ?? call.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
        guard let name, name != "init", BuiltinType(rawValue: name) == nil, try declaredType(named: name) == nil,
            runtime.bindings.typesByName[name] == nil
        else { return "function call returns immutable value" }
        return "'\(name)' returns immutable value"
    }

    func compileSubscript(_ subscriptCall: SubscriptCallExprSyntax) throws -> Evaluator {
        let base = try compileExpression(subscriptCall.calledExpression)
        let indices = try compileArguments(subscriptCall.arguments)
        let labels = subscriptCall.arguments.map { $0.label?.text }
        let spot = spot(subscriptCall.leftSquare)
        if indices.count == 1, labels == [nil] {
            let index = indices[0]
            return { frame in
                let value = try base(frame)
                let key = try index(frame)
                if case .array(let elements) = value, case .int(let position) = key {
                    guard position >= 0, position < elements.count else {
                        throw RuntimeError("Index out of range", at: spot)
                    }
                    return elements[position]
                }
                return try located(spot) { try frame.runtime.subscriptValue(value, [key], labels) }
            }
        }
        return { frame in
            let value = try base(frame)
            let keys = try indices.map { try $0(frame) }
            return try located(spot) { try frame.runtime.subscriptValue(value, keys, labels) }
        }
    }
}
