extension Runtime {
    /// The generic arguments of a generic struct's value as Swift prints them after its name: `<Double>` in
    /// `Wrapped<Double>(value: 3.5)`, `<Swift.Double>` in debug style. Each is the type of the value a stored
    /// property of that parameter's type holds; `""` when the type is not generic or an argument does not show
    /// in the value (an empty array of it).
    func genericArgumentsText(_ type: TypeDefinition, _ value: Value, qualified: Bool) -> String {
        guard !type.genericParameters.isEmpty else { return "" }
        var names: [String] = []
        for parameter in type.genericParameters {
            guard let sample = ReceiverConstraint.sample(of: parameter, in: value) else { return "" }
            let annotation = sample.typeAnnotation
            names.append(annotation.spelling(qualified: qualified))
        }
        return "<" + names.joined(separator: ", ") + ">"
    }
}

extension TypeAnnotation {
    /// The type spelled as Swift names it in a generic argument list: `Array<Double>`, or with its module
    /// (`qualified`), as Swift's debug text writes it: `Swift.Array<Swift.Double>`, `main.Point`.
    func spelling(qualified: Bool) -> String {
        let swift = qualified ? "Swift." : ""
        switch self {
        case .named(let name), .other(let name):
            return !qualified ? name : BuiltinType(rawValue: name) != nil ? "Swift.\(name)" : "main.\(name)"
        case .optional(let wrapped): return "\(swift)Optional<\(wrapped.spelling(qualified: qualified))>"
        case .array(let element): return "\(swift)Array<\(element.spelling(qualified: qualified))>"
        case .set(let element): return "\(swift)Set<\(element.spelling(qualified: qualified))>"
        case .dictionary(let key, let value):
            return "\(swift)Dictionary<\(key.spelling(qualified: qualified)), \(value.spelling(qualified: qualified))>"
        case .tuple(let elements, let labels):
            let parts = zip(elements, labels).map { element, label in
                (label.map { "\($0): " } ?? "") + element.spelling(qualified: qualified)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        }
    }
}
