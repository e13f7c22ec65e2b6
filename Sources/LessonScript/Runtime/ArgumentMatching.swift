/// One parameter's shape, for matching a call's arguments to it by label.
struct ParameterShape {
    let label: String?
    let isOptional: Bool
    let isVariadic: Bool
}

/// Where a parameter's value comes from after matching.
enum ArgumentSource {
    case argument(Int)
    case variadic([Int])
    case omitted
}

/// Matches a call's labels to parameters as Swift does: in order, a label must be the parameter's (an
/// unlabelled argument for `_`), a parameter with a default may be skipped, a variadic parameter takes its
/// labelled first argument and the unlabelled ones after it, a trailing closure fits any label.
///
/// Returns the source of each parameter, or the message `swiftc` would give for a mismatch.
func matchArguments(
    labels: [String?], firstTrailingClosure: Int?, to parameters: [ParameterShape]
) -> Result<[ArgumentSource], RuntimeError> {
    var sources: [ArgumentSource] = []
    sources.reserveCapacity(parameters.count)
    var next = 0
    func fits(_ index: Int, _ label: String?) -> Bool {
        labels[index] == label || (firstTrailingClosure.map { index >= $0 } ?? false)
    }
    for (position, parameter) in parameters.enumerated() {
        if parameter.isVariadic {
            var taken: [Int] = []
            if next < labels.count, fits(next, parameter.label) {
                taken.append(next)
                next += 1
                while next < labels.count, labels[next] == nil {
                    taken.append(next)
                    next += 1
                }
            }
            sources.append(.variadic(taken))
        } else if next < labels.count, fits(next, parameter.label) {
            sources.append(.argument(next))
            next += 1
        } else if parameter.isOptional {
            sources.append(.omitted)
        } else if next < labels.count, labels.count >= parameters.count {
            return .failure(labelMismatch(labels: labels, parameters: parameters))
        } else {
            let name = parameter.label.map { "'\($0)'" } ?? "#\(position + 1)"
            return .failure(RuntimeError("missing argument for parameter \(name) in call"))
        }
    }
    if next < labels.count {
        if labels.count == parameters.count { return .failure(labelMismatch(labels: labels, parameters: parameters)) }
        let name = labels[next].map { " '\($0)'" } ?? ""
        return .failure(RuntimeError("extra argument\(name) in call"))
    }
    return .success(sources)
}

private func labelMismatch(labels: [String?], parameters: [ParameterShape]) -> RuntimeError {
    let have = labels.map { "\($0 ?? "_"):" }.joined()
    let expected = parameters.map { "\($0.label ?? "_"):" }.joined()
    let differing = zip(labels, parameters).filter { $0 != $1.label }.count
    let noun = differing > 1 ? "labels" : "label"
    return RuntimeError("incorrect argument \(noun) in call (have '\(have)', expected '\(expected)')")
}
