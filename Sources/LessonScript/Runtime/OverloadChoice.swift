/// Choosing among overloads of a cell's function, method or initializer: by argument labels first, then, when
/// several take the labels, by the types their parameters declare (`func callAsFunction(_ x: Double)` beside
/// `func callAsFunction(_ xs: [Double])`), as Swift's overload resolution picks by type.
extension Runtime {
    /// Whether `function`'s parameters take `arguments` by label.
    func takesLabels(_ function: CompiledFunction, _ arguments: CallArguments) -> Bool {
        if case .success = matchArguments(
            labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure,
            to: function.parameterShapes)
        {
            return true
        }
        return false
    }

    /// How well `function` takes `arguments`.
    enum OverloadFit: Comparable {
        case none
        case byLabel
        case byLabelAndType
    }

    func fit(of function: CompiledFunction, to arguments: CallArguments) -> OverloadFit {
        guard
            case .success(let sources) = matchArguments(
                labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure,
                to: function.parameterShapes)
        else { return .none }
        return takesTypes(function, sources, arguments) ? .byLabelAndType : .byLabel
    }

    /// The first of `candidates` that takes `arguments` by label and by the types its parameters declare, else
    /// the first that takes them by label.
    func bestOverload(_ candidates: [CompiledFunction], _ arguments: CallArguments) -> CompiledFunction? {
        if candidates.count == 1 { return takesLabels(candidates[0], arguments) ? candidates[0] : nil }
        var byLabel: CompiledFunction?
        for candidate in candidates {
            switch fit(of: candidate, to: arguments) {
            case .byLabelAndType: return candidate
            case .byLabel: byLabel = byLabel ?? candidate
            case .none: continue
            }
        }
        return byLabel
    }

    /// Whether each argument has the type its parameter declares (an `Int` passes for a `Double`, as a literal
    /// does, also inside an array; a generic parameter takes anything).
    private func takesTypes(
        _ function: CompiledFunction, _ sources: [ArgumentSource], _ arguments: CallArguments
    ) -> Bool {
        func accepts(_ parameter: CompiledFunction.Parameter, _ index: Int) -> Bool {
            guard let annotation = parameter.annotation else { return true }
            if case .named(let name) = annotation, function.genericParameters.contains(name) || name == "Self" {
                return true
            }
            return self.value(arguments.values[index].converted(to: annotation), matches: annotation)
        }
        for (parameter, source) in zip(function.parameters, sources) {
            switch source {
            case .argument(let index):
                guard accepts(parameter, index) else { return false }
            case .variadic(let indices):
                guard indices.allSatisfy({ accepts(parameter, $0) }) else { return false }
            case .omitted:
                continue
            }
        }
        return true
    }
}
