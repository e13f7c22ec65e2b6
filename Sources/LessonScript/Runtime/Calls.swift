extension Runtime {
    /// Calls a callable value: a function, a type (its initializer), or a library object with a
    /// `callAsFunction` method.
    func call(_ callee: Value, _ arguments: inout CallArguments) throws -> Value {
        switch callee {
        case .function(let function):
            return try call(function, &arguments)
        case .type(let type):
            return try construct(type, &arguments)
        case .native(let object):
            return try callNativeMethod(object, "callAsFunction", arguments)
        case .structInstance(let instance) where instance.type.hasInstanceMethod("callAsFunction"):
            return try callMethod(on: callee, "callAsFunction", &arguments)
        case .object(let object) where object.type.hasInstanceMethod("callAsFunction"):
            return try callMethod(on: callee, "callAsFunction", &arguments)
        case .enumCase(let enumCase) where enumCase.type.hasInstanceMethod("callAsFunction"):
            return try callMethod(on: callee, "callAsFunction", &arguments)
        case .optional(let wrapped?):
            return try call(wrapped, &arguments)
        default:
            throw RuntimeError("cannot call value of non-function type '\(callee.typeName)'")
        }
    }

    func call(_ function: Function, _ arguments: inout CallArguments) throws -> Value {
        switch function.body {
        case .script(let compiled, let captures, let receiver):
            return try invoke(compiled, captures: captures, receiver: receiver, &arguments)
        case .builtin(let body):
            return try body(&arguments, self)
        case .overloads(let candidates):
            return try call(chooseOverload(candidates, arguments), &arguments)
        }
    }

    /// The overload that takes `arguments`: by labels and parameter types, else by labels, else the first.
    private func chooseOverload(_ candidates: [Function], _ arguments: CallArguments) -> Function {
        var byLabel: Function?
        for candidate in candidates {
            guard candidate.labels != nil else { return byLabel ?? candidate }
            guard case .script(let compiled, _, _) = candidate.body else { continue }
            switch fit(of: compiled, to: arguments) {
            case .byLabelAndType: return candidate
            case .byLabel: byLabel = byLabel ?? candidate
            case .none: continue
            }
        }
        return byLabel ?? candidates[0]
    }

    /// Runs a compiled function: binds the receiver and the arguments to the first slots, runs the body.
    func invoke(
        _ function: CompiledFunction, captures: [Variable], receiver: Variable?, _ arguments: inout CallArguments
    ) throws -> Value {
        try enterCall()
        let frame = Frame(runtime: self, slotCount: function.slotCount, captures: captures)
        var slot = 0
        if function.hasReceiver {
            frame.slots[0] = receiver ?? Variable(.void)
            slot = 1
        }
        let parameters = function.parameters
        if isDirectMatch(arguments, function) {
            for index in parameters.indices {
                let parameter = parameters[index]
                let value = typed(arguments.values[index], as: parameter.annotation)
                if let mismatch = parameter.check.mismatch(value) {
                    throw parameter.check.argumentError(mismatch, at: index)
                }
                frame.slots[slot + index] = Variable(value, isConstant: true)
            }
        } else {
            try bindArguments(&arguments, function, frame, firstSlot: slot)
        }
        switch try function.body(frame) {
        case .returnValue(let value):
            guard function.returnsValue else { return .void }
            return typed(value, as: function.resultType)
        default:
            return .void
        }
    }

    /// Whether arguments map one to one onto the parameters (the common case, bound without matching).
    @inline(__always)
    private func isDirectMatch(_ arguments: CallArguments, _ function: CompiledFunction) -> Bool {
        let parameters = function.parameters
        guard arguments.values.count == parameters.count, arguments.inoutVariables.isEmpty else { return false }
        if !function.hasArgumentLabels { return true }
        for index in parameters.indices {
            let parameter = parameters[index]
            if parameter.isVariadic || parameter.isInout || arguments.labels[index] != parameter.label {
                return false
            }
        }
        return true
    }

    private func bindArguments(
        _ arguments: inout CallArguments, _ function: CompiledFunction, _ frame: Frame, firstSlot: Int
    ) throws {
        let parameters = function.parameters
        let sources: [ArgumentSource]
        if function.hasArgumentLabels {
            let shapes = function.parameterShapes
            switch matchArguments(
                labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure, to: shapes)
            {
            case .success(let matched): sources = matched
            case .failure(let error): throw error
            }
        } else {
            if arguments.values.count == 1, parameters.count > 1, case .tuple(let tuple) = arguments.values[0],
                tuple.elements.count == parameters.count
            {
                arguments = CallArguments(tuple.elements)
            }
            guard arguments.values.count == parameters.count else {
                throw RuntimeError(
                    "closure takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s") but \(arguments.values.count) were given"
                )
            }
            sources = parameters.indices.map { .argument($0) }
        }
        for (index, source) in sources.enumerated() {
            let parameter = parameters[index]
            let variable: Variable
            switch source {
            case .argument(let position):
                if let cell = arguments.inoutVariable(at: position), parameter.isInout || !function.hasArgumentLabels {
                    variable = cell
                } else if parameter.isInout {
                    guard let cell = arguments.inoutVariable(at: position) else {
                        throw RuntimeError(
                            "passing value of type '\(arguments.values[position].typeName)' to an inout parameter "
                                + "requires explicit '&'", place: .argument(position))
                    }
                    variable = cell
                } else {
                    let value = typed(arguments.values[position], as: parameter.annotation)
                    if let mismatch = parameter.check.mismatch(value) {
                        throw parameter.check.argumentError(mismatch, at: position)
                    }
                    variable = Variable(value, isConstant: true)
                }
            case .variadic(let positions):
                let element = parameter.annotation
                for position in positions {
                    if let mismatch = parameter.check.mismatch(arguments.values[position]) {
                        throw parameter.check.argumentError(mismatch, at: position)
                    }
                }
                variable = Variable(
                    .array(positions.map { arguments.values[$0].converted(to: element) }), isConstant: true)
            case .omitted:
                guard let defaultValue = parameter.defaultValue else {
                    throw RuntimeError("missing argument for parameter '\(parameter.name)' in call")
                }
                variable = Variable(try defaultValue(frame).converted(to: parameter.annotation), isConstant: true)
            }
            frame.slots[firstSlot + index] = variable
        }
    }
}
