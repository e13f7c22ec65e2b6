extension StandardLibrary {
    static let sequenceFunctions: [(String, Body)] = [
        ("zip", { arguments, runtime in try zipSequences(arguments, runtime) }),
        ("stride", { arguments, runtime in try stride(arguments, runtime) }),
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

    /// `stride(from:to:by:)` and `stride(from:through:by:)`, as an array (built under the memory and time
    /// limits; an `Int` stride ends where the next number would overflow, as Swift's does).
    private static func stride(_ arguments: CallArguments, _ runtime: Runtime) throws -> Value {
        guard let start = arguments.labelled("from"), let step = arguments.labelled("by") else {
            throw RuntimeError("'stride' needs 'from:', 'to:' or 'through:', and 'by:'")
        }
        let inclusive = arguments.labelled("through") != nil
        guard let end = arguments.labelled("to") ?? arguments.labelled("through") else {
            throw RuntimeError("'stride' needs 'to:' or 'through:'")
        }
        if case .int(let from) = start, case .int(let to) = end, case .int(let by) = step {
            guard by != 0 else { throw RuntimeError("Stride size must not be zero") }
            let count = strideCount((Double(to) - Double(from)) / Double(by))
            let values = sequence(first: from) { value in
                let (next, overflow) = value.addingReportingOverflow(by)
                return overflow ? nil : next
            }
            .lazy.prefix { by > 0 ? ($0 < to || inclusive && $0 == to) : ($0 > to || inclusive && $0 == to) }
            return .array(try runtime.collect(values, count: count, of: ValueMemory.valueSize) { .int($0) })
        }
        let (from, to, by) = (try start.asDouble(), try end.asDouble(), try step.asDouble())
        guard by != 0, by.isFinite else { throw RuntimeError("Stride size must not be zero") }
        let count = strideCount((to - from) / by)
        let values: any Sequence<Double> =
            inclusive ? Swift.stride(from: from, through: to, by: by) : Swift.stride(from: from, to: to, by: by)
        return .array(try runtime.collect(values, count: count, of: ValueMemory.valueSize) { .double($0) })
    }

    /// About how many numbers a stride of `steps` steps gives (one more than the steps; `Int.max` when they
    /// are not finite).
    private static func strideCount(_ steps: Double) -> Int {
        guard steps.isFinite else { return steps < 0 ? 0 : .max }
        return steps < 0 ? 0 : Int(min(steps, 9e18)) + 1
    }
}
