import OrderedCollections

extension Runtime {
    /// Calls a type: `Point(x: 1, y: 2)`, `Int("3")`, `Linear(784, 1)`, `[Int]()`.
    func construct(_ type: TypeReference, _ arguments: inout CallArguments) throws -> Value {
        switch type {
        case .builtin(let builtin):
            if let initializer = extensionInitializer(of: builtin, for: arguments) {
                return try runInitializer(initializer, Variable(.void), &arguments)
            }
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
            return try constructEnum(definition, &arguments)
        case .protocolType:
            throw RuntimeError(
                "'any \(definition.name)' cannot be constructed because it has no accessible initializers")
        case .extensionType:
            throw RuntimeError("'\(definition.name)' cannot be constructed")
        case .structType, .classType:
            break
        }
        let fields = try definition.storedProperties.map { property in
            if property.lazyInitializer != nil { return Value.lazyUnset }
            guard let defaultValue = property.defaultValue else { return property.isOptionalVariable ? .null : .void }
            return try defaultValue(Frame(runtime: self, slotCount: 0, captures: [])).converted(to: property.annotation)
        }
        if definition.kind == .classType {
            return try constructObject(definition, ObjectInstance(type: definition, fields: fields), &arguments)
        }
        let instance = Value.structInstance(StructInstance(type: definition, fields: fields))
        if !definition.declaresInitializers,
            definition.initializers.isEmpty
                || (try? chooseInitializer(definition.initializers, arguments, typeName: definition.name)) == nil
        {
            return try memberwiseInitialize(definition, instance, arguments)
        }
        let initializer = try chooseInitializer(definition.initializers, arguments, typeName: definition.name)
        return try runInitializer(initializer, Variable(instance), &arguments)
    }

    /// A class instance: its initializer (its own or an inherited one) runs on it; a class that inherits from a
    /// library class becomes the library object made by the library's initializer.
    private func constructObject(
        _ definition: TypeDefinition, _ instance: ObjectInstance, _ arguments: inout CallArguments
    ) throws -> Value {
        let receiver = Variable(.object(instance))
        let candidates = definition.availableInitializers
        if !candidates.isEmpty {
            let initializer = try chooseInitializer(candidates, arguments, typeName: definition.name)
            let result = try runInitializer(initializer, receiver, &arguments)
            if case .optional(nil) = result { return result }
        } else if let native = definition.nativeSuperclass {
            receiver.value = try makeLibraryObject(native, instance, arguments)
        } else if !arguments.values.isEmpty {
            throw RuntimeError("argument passed to call that takes no arguments")
        }
        if let native = definition.nativeSuperclass, case .object = receiver.value {
            receiver.value = try makeLibraryObject(native, instance, CallArguments([]))
        }
        return receiver.value
    }

    /// Runs `initializer` on `receiver`; a failable one (`init?`) gives an optional, `nil` when it returned `nil`.
    private func runInitializer(
        _ initializer: CompiledFunction, _ receiver: Variable, _ arguments: inout CallArguments
    ) throws -> Value {
        guard initializer.isFailable else {
            _ = try invoke(initializer, captures: [], receiver: receiver, &arguments)
            return receiver.value
        }
        if case .optional(nil) = try invoke(initializer, captures: [], receiver: receiver, &arguments) { return .null }
        return .optional(receiver.value)
    }

    /// An initializer that a cell's extension added to a standard-library type (`extension Double { init(fraction:
    /// Int, of: Int) }`) and that takes `arguments`: their labels fit and their values have the parameters' types
    /// (an `Int` literal passes for a `Double`), so that `Double(3)` still reaches the standard library's.
    func extensionInitializer(of builtin: BuiltinType, for arguments: CallArguments) -> CompiledFunction? {
        guard let definition = extensions[builtin.rawValue], !definition.initializers.isEmpty else { return nil }
        return definition.initializers.first { initializer in
            guard (try? chooseInitializer([initializer], arguments, typeName: builtin.rawValue)) != nil else {
                return false
            }
            var byLabel: [String?: TypeAnnotation] = [:]
            for parameter in initializer.parameters { byLabel[parameter.label] = parameter.annotation }
            return zip(arguments.values, arguments.labels).allSatisfy { value, label in
                guard let annotation = byLabel[label] ?? nil else { return true }
                if case .named("Double") = annotation, case .int = value { return true }
                return self.value(value, matches: annotation)
            }
        }
    }

    /// The initializer among `candidates` whose labels fit the call, or the first mismatch's error.
    func chooseInitializer(
        _ candidates: [CompiledFunction], _ arguments: CallArguments, typeName: String
    ) throws -> CompiledFunction {
        var firstError: RuntimeError?
        for initializer in candidates {
            let shapes = initializer.parameterShapes
            switch matchArguments(
                labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure, to: shapes)
            {
            case .success: return initializer
            case .failure(let error): firstError = firstError ?? error
            }
        }
        throw firstError ?? RuntimeError("'\(typeName)' has no matching initializer")
    }

    /// The memberwise initializer of a struct (or the empty initializer of a class whose properties all have
    /// defaults): one argument per stored property, in order, optional where the property has a default.
    func memberwiseInitialize(
        _ definition: TypeDefinition, _ instance: Value, _ arguments: CallArguments
    ) throws -> Value {
        let settable = definition.storedProperties.enumerated().filter { _, property in
            definition.kind == .structType && !(property.isConstant && property.defaultValue != nil)
                && property.lazyInitializer == nil
        }
        let shapes = settable.map { _, property in
            ParameterShape(
                label: property.name, isOptional: property.defaultValue != nil || property.isOptionalVariable,
                isVariadic: false)
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
                let value = typed(arguments.values[position], as: property.annotation)
                if let mismatch = property.check.mismatch(value) {
                    throw property.check.argumentError(mismatch, at: position)
                }
                structInstance.fields[fieldIndex] = value
            }
        }
        return .structInstance(structInstance)
    }

    private func constructEnum(_ definition: TypeDefinition, _ arguments: inout CallArguments) throws -> Value {
        // An enum's own `init`, which assigns `self` a case.
        if let initializer = bestOverload(definition.initializers, arguments) {
            return try runInitializer(initializer, Variable(.void), &arguments)
        }
        guard arguments.labels == ["rawValue"], let raw = arguments.values.first else {
            throw RuntimeError("enum '\(definition.name)' can only be created with 'init(rawValue:)'")
        }
        for enumCase in definition.cases where enumCase.rawValue == raw {
            return .optional(.enumCase(EnumCaseValue(type: definition, name: enumCase.name, payload: nil)))
        }
        return .null
    }
}
