import OrderedCollections

extension Runtime {
    /// Calls a type: `Point(x: 1, y: 2)`, `Int("3")`, `Linear(784, 1)`, `[Int]()`.
    func construct(_ type: TypeReference, _ arguments: inout CallArguments) throws -> Value {
        switch type {
        case .builtin(let builtin):
            return try StandardLibrary.initialize(builtin, &arguments, self)
        case .declared(let definition):
            return try construct(definition, &arguments)
        case .native(let binding):
            var failure: RuntimeError?
            if let value = try binding.initializers.invoke(arguments, runtime: self, failure: &failure) {
                return value
            }
            throw failure ?? RuntimeError("'\(binding.name)' cannot be constructed")
        case .collection(let annotation):
            if arguments.values.isEmpty {
                switch annotation {
                case .dictionary: return .dictionary(OrderedDictionary())
                case .set: return .set(OrderedSet())
                default: return .array([])
                }
            }
            let builtin: BuiltinType =
                switch annotation {
                case .dictionary: .dictionary
                case .set: .set
                default: .array
                }
            return try StandardLibrary.initialize(builtin, &arguments, self).converted(to: annotation)
        }
    }

    private func construct(_ definition: TypeDefinition, _ arguments: inout CallArguments) throws -> Value {
        switch definition.kind {
        case .enumType:
            return try constructEnum(definition, arguments)
        case .structType, .classType:
            break
        }
        let fields = try definition.storedProperties.map { property in
            try property.defaultValue.map { try $0(Frame(runtime: self, slotCount: 0, captures: [])) }
                .map { $0.converted(to: property.annotation) } ?? .void
        }
        let instance: Value =
            definition.kind == .classType
            ? .object(ObjectInstance(type: definition, fields: fields))
            : .structInstance(StructInstance(type: definition, fields: fields))
        guard !definition.initializers.isEmpty else {
            return try memberwiseInitialize(definition, instance, arguments)
        }
        let initializer = try chooseInitializer(definition, arguments)
        let receiver = Variable(instance)
        _ = try invoke(initializer, captures: [], receiver: receiver, &arguments)
        return receiver.value
    }

    private func chooseInitializer(_ definition: TypeDefinition, _ arguments: CallArguments) throws -> CompiledFunction
    {
        var firstError: RuntimeError?
        for initializer in definition.initializers {
            let shapes = initializer.parameters.map {
                ParameterShape(label: $0.label, isOptional: $0.defaultValue != nil, isVariadic: $0.isVariadic)
            }
            switch matchArguments(
                labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure, to: shapes)
            {
            case .success: return initializer
            case .failure(let error): firstError = firstError ?? error
            }
        }
        throw firstError ?? RuntimeError("'\(definition.name)' has no matching initializer")
    }

    /// The memberwise initializer of a struct (or the empty initializer of a class whose properties all have
    /// defaults): one argument per stored property, in order, optional where the property has a default.
    private func memberwiseInitialize(
        _ definition: TypeDefinition, _ instance: Value, _ arguments: CallArguments
    ) throws -> Value {
        let settable = definition.storedProperties.enumerated().filter { _, property in
            definition.kind == .structType && !(property.isConstant && property.defaultValue != nil)
        }
        let shapes = settable.map { _, property in
            ParameterShape(label: property.name, isOptional: property.defaultValue != nil, isVariadic: false)
        }
        let sources: [ArgumentSource]
        switch matchArguments(
            labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure, to: shapes)
        {
        case .success(let matched): sources = matched
        case .failure(let error): throw error
        }
        guard case .structInstance(var structInstance) = instance else { return instance }
        for ((fieldIndex, property), source) in zip(settable, sources) {
            if case .argument(let position) = source {
                structInstance.fields[fieldIndex] = arguments.values[position].converted(to: property.annotation)
            }
        }
        return .structInstance(structInstance)
    }

    private func constructEnum(_ definition: TypeDefinition, _ arguments: CallArguments) throws -> Value {
        guard arguments.labels == ["rawValue"], let raw = arguments.values.first else {
            throw RuntimeError("enum '\(definition.name)' can only be created with 'init(rawValue:)'")
        }
        for enumCase in definition.cases where enumCase.rawValue == raw {
            return .optional(.enumCase(EnumCaseValue(type: definition, name: enumCase.name, payload: nil)))
        }
        return .null
    }
}
