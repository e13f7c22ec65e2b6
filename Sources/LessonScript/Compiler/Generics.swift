import SwiftSyntax

extension Compiler {
    /// The protocols each generic parameter of `declaration` must conform to: `<T: Comparable>` and
    /// `where T: Hashable, T: CustomStringConvertible`.
    func genericConstraints(of declaration: FunctionDeclSyntax) -> [String: [String]] {
        var constraints: [String: [String]] = [:]
        for parameter in declaration.genericParameterClause?.parameters ?? [] {
            guard let inherited = parameter.inheritedType else { continue }
            constraints[parameter.name.text, default: []] += inherited.protocolNames
        }
        for requirement in declaration.genericWhereClause?.requirements ?? [] {
            guard case .conformanceRequirement(let conformance) = requirement.requirement else { continue }
            constraints[conformance.leftType.trimmedDescription, default: []] += conformance.rightType.protocolNames
        }
        return constraints
    }

    /// Checks, when `function` is called, that the arguments given for its generic parameters conform to their
    /// constraints, with swiftc's message (`global function 'largest' requires that 'Point' conform to
    /// 'Comparable'`). Values carry their types, so the check is on the values; a function without constraints
    /// is left as it is.
    func enforceConstraints(_ constraints: [String: [String]], on function: CompiledFunction, kind: String) {
        guard !constraints.isEmpty else { return }
        let firstSlot = function.hasReceiver ? 1 : 0
        let checks: [(slot: Int, annotation: TypeAnnotation, protocols: [String])] = function.parameters.enumerated()
            .compactMap { index, parameter in
                guard let annotation = parameter.annotation, let name = annotation.genericName,
                    let protocols = constraints[name]
                else { return nil }
                return (firstSlot + index, annotation, protocols)
            }
        guard !checks.isEmpty else { return }
        let body = function.body
        let description = "\(kind) '\(function.name)'"
        function.body = { frame in
            for check in checks {
                for value in check.annotation.genericValues(in: frame.slots[check.slot].value) {
                    for name in check.protocols where !frame.runtime.value(value, conformsTo: name) {
                        throw RuntimeError(
                            "\(description) requires that '\(value.typeName)' conform to '\(name)'")
                    }
                }
            }
            return try body(frame)
        }
    }
}

extension TypeSyntax {
    /// The protocol names of a constraint: `Comparable`, or each of `Hashable & CustomStringConvertible`.
    fileprivate var protocolNames: [String] {
        if let composition = self.as(CompositionTypeSyntax.self) {
            return composition.elements.map(\.type.trimmedDescription)
        }
        return [trimmedDescription]
    }
}

extension TypeAnnotation {
    /// The generic parameter this annotation is made of: `T` in `T`, `[T]`, `T?`.
    fileprivate var genericName: String? {
        switch self {
        case .named(let name): name
        case .array(let element), .optional(let element), .set(let element): element.genericName
        default: nil
        }
    }

    /// The values in `value` that stand for the generic parameter (the elements of an array of `T`).
    fileprivate func genericValues(in value: Value) -> [Value] {
        switch (self, value) {
        case (.named, .array(let elements)): elements
        case (.named, _): [value]
        case (.array(let element), .array(let elements)), (.set(let element), .array(let elements)):
            elements.flatMap { element.genericValues(in: $0) }
        case (.set(let element), .set(let set)): set.elements.flatMap { element.genericValues(in: $0) }
        case (.optional(let wrapped), .optional(let inner?)): wrapped.genericValues(in: inner)
        default: []
        }
    }
}

extension Runtime {
    /// Whether `value`'s type conforms to the protocol `name`: Swift's own protocols for the standard library's
    /// types, the conformances cells declared for theirs. A protocol the interpreter does not know is taken as
    /// met.
    func value(_ value: Value, conformsTo name: String) -> Bool {
        if let type = value.declaredType(in: self) {
            if type.isKind(of: name) { return true }
            // Swift synthesizes these for enums without associated values.
            return type.kind == .enumType && !type.hasPayloadCases && ["Equatable", "Hashable"].contains(name)
        }
        if extensionDefinitions(of: value).contains(where: { $0.isKind(of: name) }) { return true }
        switch name {
        case "Comparable":
            switch value {
            case .int, .double, .string, .character: return true
            default: return false
            }
        case "Equatable", "Hashable":
            switch value {
            case .int, .double, .string, .character, .bool: return true
            case .array(let elements): return elements.allSatisfy { self.value($0, conformsTo: name) }
            case .optional(let wrapped): return wrapped.map { self.value($0, conformsTo: name) } ?? true
            case .set, .dictionary, .range: return true
            default: return false
            }
        case "Numeric", "AdditiveArithmetic", "SignedNumeric", "Strideable":
            return value.isNumber
        case "BinaryInteger", "FixedWidthInteger", "SignedInteger":
            if case .int = value { return true }
            return false
        case "FloatingPoint", "BinaryFloatingPoint":
            if case .double = value { return true }
            return false
        case "StringProtocol":
            if case .string = value { return true }
            return false
        default:
            return true
        }
    }
}
