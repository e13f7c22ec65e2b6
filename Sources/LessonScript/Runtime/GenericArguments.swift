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
            names.append(qualified ? annotation.qualifiedSpelling : annotation.genericSpelling)
        }
        return "<" + names.joined(separator: ", ") + ">"
    }
}

extension TypeAnnotation {
    /// The type spelled with its module, as Swift's debug text writes a generic argument: `Swift.Int`,
    /// `main.Point`, `Swift.Array<Swift.Double>`.
    var qualifiedSpelling: String {
        switch self {
        case .named(let name), .other(let name):
            BuiltinType(rawValue: name) != nil ? "Swift.\(name)" : "main.\(name)"
        case .optional(let wrapped): "Swift.Optional<\(wrapped.qualifiedSpelling)>"
        case .array(let element): "Swift.Array<\(element.qualifiedSpelling)>"
        case .set(let element): "Swift.Set<\(element.qualifiedSpelling)>"
        case .dictionary(let key, let value): "Swift.Dictionary<\(key.qualifiedSpelling), \(value.qualifiedSpelling)>"
        case .tuple(let elements, let labels):
            "("
                + zip(elements, labels).map { element, label in
                    (label.map { "\($0): " } ?? "") + element.qualifiedSpelling
                }.joined(separator: ", ") + ")"
        }
    }
}
