import SwiftSyntax

/// The `where` clause of a constrained extension (`extension Array where Element == Double`, `extension Box where
/// Content: Equatable`), kept with each member the extension declares. Values carry their types, so it is tested
/// on the receiver when the member is looked up: two extensions may then declare the same member for different
/// element types, and each applies only to its own, as in Swift.
struct ReceiverConstraint {
    enum Requirement {
        /// `Element == Int`.
        case sameType(parameter: String, typeName: String)
        /// `Element: Comparable`.
        case conformance(parameter: String, protocols: [String])
    }

    let requirements: [Requirement]
    /// The clause as written, which tells two extensions' members apart.
    let text: String

    init?(_ clause: GenericWhereClauseSyntax?) {
        guard let clause else { return nil }
        requirements = clause.requirements.compactMap { requirement in
            switch requirement.requirement {
            case .sameTypeRequirement(let sameType):
                return .sameType(
                    parameter: sameType.leftType.trimmedDescription, typeName: sameType.rightType.trimmedDescription)
            case .conformanceRequirement(let conformance):
                let right = conformance.rightType
                let protocols =
                    right.as(CompositionTypeSyntax.self)?.elements.map(\.type.trimmedDescription)
                    ?? [right.trimmedDescription]
                return .conformance(parameter: conformance.leftType.trimmedDescription, protocols: protocols)
            default:
                return nil
            }
        }
        text = clause.trimmedDescription
    }

    /// Whether `value` meets every requirement: `nil` when it shows nothing to test (an empty array).
    func test(_ value: Value, _ runtime: Runtime) -> Bool? {
        var isKnown = true
        for requirement in requirements {
            switch requirement {
            case .sameType(let parameter, let typeName):
                guard let sample = Self.sample(of: parameter, in: value) else {
                    isKnown = false
                    continue
                }
                if StandardLibrary.typeReference(of: sample, runtime).name != typeName { return false }
            case .conformance(let parameter, let protocols):
                guard let sample = Self.sample(of: parameter, in: value) else {
                    isKnown = false
                    continue
                }
                if !protocols.allSatisfy({ runtime.value(sample, conformsTo: $0) }) { return false }
            }
        }
        return isKnown ? true : nil
    }

    /// A value that shows the generic argument `parameter` of `value`'s type: an array's first element for
    /// `Element`, a dictionary's first key or value, an optional's wrapped value, or a generic struct's or class's
    /// stored property declared of that type. (Also what shows a generic struct's arguments when it prints.)
    static func sample(of parameter: String, in value: Value) -> Value? {
        switch (value, parameter) {
        case (.array(let elements), "Element"): return elements.first
        case (.set(let set), "Element"): return set.elements.first
        case (.dictionary(let dictionary), "Key"): return dictionary.keys.first
        case (.dictionary(let dictionary), "Value"): return dictionary.values.first
        case (.optional(let wrapped), "Wrapped"): return wrapped
        case (.structInstance(let instance), _): return sample(of: parameter, in: instance.type, instance.fields)
        case (.object(let object), _): return sample(of: parameter, in: object.type, object.fields)
        default: return nil
        }
    }

    private static func sample(of parameter: String, in type: TypeDefinition, _ fields: [Value]) -> Value? {
        for (property, field) in zip(type.storedProperties, fields) {
            switch property.annotation {
            case .named(parameter)?: return field
            case .array(.named(parameter))?: return sample(of: "Element", in: field)
            default: continue
            }
        }
        return nil
    }
}

extension Runtime {
    /// The members among `candidates` whose extension's `where` clause `receiver` meets: those it surely meets,
    /// else those it may meet; all of them when none fits (the call is then as swiftc would refuse it).
    func members<Member>(
        _ candidates: [Member], for receiver: Value, constraint: (Member) -> ReceiverConstraint?
    ) -> [Member] {
        guard candidates.contains(where: { constraint($0) != nil }) else { return candidates }
        let results = candidates.map { constraint($0)?.test(receiver, self) ?? true }
        let met = zip(candidates, results).filter { $0.1 == true }.map(\.0)
        if !met.isEmpty { return met }
        let possible = zip(candidates, results).filter { $0.1 == nil }.map(\.0)
        return possible.isEmpty ? candidates : possible
    }
}
