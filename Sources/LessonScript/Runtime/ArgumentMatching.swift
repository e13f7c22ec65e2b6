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
    for parameter in parameters {
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
        } else {
            return .failure(diagnoseMismatch(labels: labels, firstTrailingClosure: firstTrailingClosure, parameters))
        }
    }
    if next < labels.count {
        return .failure(diagnoseMismatch(labels: labels, firstTrailingClosure: firstTrailingClosure, parameters))
    }
    return .success(sources)
}
