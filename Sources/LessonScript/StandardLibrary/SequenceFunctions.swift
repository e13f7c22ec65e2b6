extension StandardLibrary {
    static let sequenceFunctions: [(String, Body)] = [
        ("zip", { arguments, runtime in try zipSequences(arguments, runtime) }),
        ("stride", { arguments, _ in try stride(arguments) }),
        (
            "swap",
            { arguments, _ in
                guard arguments.values.count == 2, let first = arguments.inoutVariable(at: 0),
                    let second = arguments.inoutVariable(at: 1)
                else { throw RuntimeError("'swap' takes two '&' arguments") }
                (first.value, second.value) = (second.value, first.value)
                return .void
            }
        ),
    ]

    /// `zip(a, b)`: pairs of elements, as many as the shorter sequence has (a partial range `1...` counts up
    /// as far as the other sequence goes).
    private static func zipSequences(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        guard arguments.values.count == 2 else { throw RuntimeError("'zip' takes 2 arguments") }
        let (first, second) = (arguments.values[0], arguments.values[1])
        func finite(_ value: Value, other: Value) throws -> [Value] {
            if case .range(let range) = value, range.upper == nil, case .int(let start)? = range.lower {
                let count = try runtime.elements(of: other).count
                return (0..<count).map { .int(start + $0) }
            }
            return try runtime.elements(of: value)
        }
        let a = try finite(first, other: second)
        let b = try finite(second, other: first)
        return .array(zip(a, b).map { .tuple(TupleValue([$0, $1])) })
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)`, as an array.
    private static func stride(_ arguments: CallArguments) throws -> Value {
        guard let start = arguments.labelled("from"), let step = arguments.labelled("by") else {
            throw RuntimeError("'stride' needs 'from:', 'to:' or 'through:', and 'by:'")
        }
        let inclusive = arguments.labelled("through") != nil
        guard let end = arguments.labelled("to") ?? arguments.labelled("through") else {
            throw RuntimeError("'stride' needs 'to:' or 'through:'")
        }
        if case .int(let from) = start, case .int(let to) = end, case .int(let by) = step {
            guard by != 0 else { throw RuntimeError("Stride size must not be zero") }
            guard (Double(to) - Double(from)) / Double(by) < 100_000_000 else { throw RuntimeError("stride too long") }
            let values =
                inclusive
                ? Array(Swift.stride(from: from, through: to, by: by)) : Array(Swift.stride(from: from, to: to, by: by))
            return .array(values.map { .int($0) })
        }
        let (from, to, by) = (try start.asDouble(), try end.asDouble(), try step.asDouble())
        guard by != 0, by.isFinite else { throw RuntimeError("Stride size must not be zero") }
        guard ((to - from) / by) < 100_000_000 else { throw RuntimeError("stride too long") }
        let values =
            inclusive
            ? Array(Swift.stride(from: from, through: to, by: by)) : Array(Swift.stride(from: from, to: to, by: by))
        return .array(values.map { .double($0) })
    }
}
