/// Where in a call swiftc places an error about its arguments.
enum CallErrorPlace {
    /// The call's `(`.
    case leftParenthesis
    /// The argument at this index.
    case argument(Int)
    /// The call's `)`.
    case rightParenthesis
}

/// The error swiftc gives for arguments whose labels or number do not fit the parameters, with its place:
/// an extra argument, labels in the wrong order, missing, extraneous or incorrect labels, missing arguments.
func diagnoseMismatch(
    labels: [String?], firstTrailingClosure: Int?, _ parameters: [ParameterShape]
) -> RuntimeError {
    let explicit = firstTrailingClosure.map { Array(labels.prefix($0)) } ?? labels
    let parameterLabels = parameters.map(\.label)
    if !parameters.contains(where: \.isVariadic), labels.count > parameters.count {
        let name = labels[parameters.count].map { " '\($0)'" } ?? ""
        return RuntimeError("extra argument\(name) in call", place: .argument(parameters.count))
    }
    if let misordered = misorderedLabels(explicit, parameterLabels) { return misordered }
    let aligned = Array(parameterLabels.prefix(explicit.count))
    let differing = aligned.indices.filter { explicit[$0] != aligned[$0] }
    if !differing.isEmpty {
        let plural = differing.count > 1 ? "s" : ""
        if differing.allSatisfy({ explicit[$0] == nil }) {
            let missing = differing.map { "\(aligned[$0] ?? "_"):" }.joined()
            return RuntimeError(
                "missing argument label\(plural) '\(missing)' in call",
                place: explicit.count == 1 ? .argument(0) : .leftParenthesis)
        }
        if differing.allSatisfy({ aligned[$0] == nil }) {
            let extraneous = differing.map { "\(explicit[$0] ?? "_"):" }.joined()
            return RuntimeError("extraneous argument label\(plural) '\(extraneous)' in call", place: .leftParenthesis)
        }
        let have = explicit.map { "\($0 ?? "_"):" }.joined()
        let expected = aligned.map { "\($0 ?? "_"):" }.joined()
        return RuntimeError(
            "incorrect argument label\(plural) in call (have '\(have)', expected '\(expected)')",
            place: .leftParenthesis)
    }
    let missing = parameters.enumerated().dropFirst(labels.count).filter { !$1.isOptional && !$1.isVariadic }
    let names = missing.map { position, parameter in parameter.label.map { "'\($0)'" } ?? "#\(position + 1)" }
    if names.isEmpty {
        let have = explicit.map { "\($0 ?? "_"):" }.joined()
        let expected = parameterLabels.map { "\($0 ?? "_"):" }.joined()
        return RuntimeError(
            "incorrect argument labels in call (have '\(have)', expected '\(expected)')", place: .leftParenthesis)
    }
    if names.count == 1 {
        return RuntimeError("missing argument for parameter \(names[0]) in call", place: .rightParenthesis)
    }
    return RuntimeError(
        "missing arguments for parameters \(names.joined(separator: ", ")) in call", place: .rightParenthesis)
}

/// "argument 'a' must precede argument 'b'" when every argument has a parameter's label but out of order.
private func misorderedLabels(_ labels: [String?], _ parameterLabels: [String?]) -> RuntimeError? {
    let positions = labels.map { label in label.flatMap { parameterLabels.firstIndex(of: $0) } }
    guard labels.count > 1, positions.allSatisfy({ $0 != nil }) else { return nil }
    for later in positions.indices.dropFirst() {
        for earlier in 0..<later where (positions[earlier] ?? 0) > (positions[later] ?? 0) {
            return RuntimeError(
                "argument '\(labels[later] ?? "_")' must precede argument '\(labels[earlier] ?? "_")'",
                place: .argument(later))
        }
    }
    return nil
}
