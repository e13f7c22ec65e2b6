/// One parameter's shape, for matching a call's arguments to it by label.
struct ParameterShape {
    let label: String?
    let isOptional: Bool
    let isVariadic: Bool
    /// Whether the parameter's type may be a function (a function type, optional or not, or a type not known
    /// to be something else): the only kind an unlabelled trailing closure may fill.
    var resemblesFunction = true
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
        labels[index] == label || index == firstTrailingClosure
    }
    for parameter in parameters {
        // Swift's forward scan: the unlabelled trailing closure passes over a defaulted parameter that cannot
        // take a closure (`retry(times: 3) { ... }` skips `delay: Double = 0`).
        if next == firstTrailingClosure, parameter.isOptional, !parameter.resemblesFunction, !parameter.isVariadic {
            sources.append(.omitted)
            continue
        }
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
