/// A hand-written `Hashable` conformance: a cell type that declares its own `==` (and `hash(into:)`) is compared
/// and hashed by that code when its values are dictionary keys or set elements, as in Swift:
///
/// ```swift
/// struct Word: Hashable {
///     let text: String
///     static func == (lhs: Word, rhs: Word) -> Bool { lhs.text.lowercased() == rhs.text.lowercased() }
///     func hash(into hasher: inout Hasher) { hasher.combine(text.lowercased()) }
/// }
/// Set([Word(text: "a"), Word(text: "A")]).count  // 1
/// ```
///
/// `Value`'s own `==` and `hash(into:)` cannot throw, so an error in the cell's code (which Swift's `Hashable`
/// could not throw either) makes the comparison fall back on the values' stored properties.
extension TypeDefinition {
    /// `lhs == rhs` by the `==` this type declares, or `nil` when it declares none.
    func declaredEquality(_ lhs: Value, _ rhs: Value) -> Bool? {
        guard let runtime, staticMethodOverloads("==") != nil else { return nil }
        return (try? runtime.declaredEquality(lhs, rhs)) ?? nil
    }

    /// The values that this type's `hash(into:)` combines for `value`, or `nil` when it declares none.
    func declaredHashInputs(_ value: Value) -> [Value]? {
        guard let runtime, let methods = instanceMethods("hash") else { return nil }
        let hasher = ObjectInstance(type: Self.hasher, fields: [.array([])])
        var arguments = CallArguments([.object(hasher)], labels: ["into"])
        arguments.inoutVariables = [Variable(.object(hasher))]
        guard let method = try? runtime.chooseMethod(methods, arguments, typeName: name, "hash"),
            (try? runtime.invoke(method, captures: [], receiver: Variable(value, isConstant: true), &arguments))
                != nil,
            case .array(let combined) = hasher.fields[0]
        else { return nil }
        return combined
    }

    /// Swift's `Hasher` as `hash(into:)` sees it: a reference whose `combine(_:)` collects the values to hash.
    static let hasher: TypeDefinition = {
        let type = TypeDefinition(name: "Hasher", kind: .classType)
        type.isFinal = true
        type.storedProperties = [
            StoredProperty(name: "combined", isConstant: false, annotation: nil, defaultValue: nil)
        ]
        type.fieldIndices = ["combined": 0]
        let combine = CompiledFunction(name: "combine")
        combine.hasReceiver = true
        combine.returnsValue = false
        combine.slotCount = 2
        combine.parameters = [
            CompiledFunction.Parameter(
                label: nil, name: "value", annotation: nil, defaultValue: nil, isVariadic: false, isInout: false)
        ]
        combine.body = { frame in
            if case .object(let hasher) = frame.slots[0].value, case .array(var combined) = hasher.fields[0] {
                hasher.fields[0] = .void
                combined.append(frame.slots[1].value)
                hasher.fields[0] = .array(combined)
            }
            return .next
        }
        type.methods["combine"] = [combine]
        return type
    }()
}
