import Foundation

extension StandardLibrary {
    static let numericFunctions: [(String, Body)] =
        [
            ("abs", { arguments, _ in try absolute(try arguments.single("abs")) }),
            ("min", { arguments, runtime in try extreme(arguments, runtime, wantsMaximum: false) }),
            ("max", { arguments, runtime in try extreme(arguments, runtime, wantsMaximum: true) }),
            (
                "pow",
                { arguments, _ in
                    guard arguments.values.count == 2 else { throw RuntimeError("'pow' takes 2 arguments") }
                    return .double(
                        Foundation.pow(try arguments.values[0].asDouble(), try arguments.values[1].asDouble()))
                }
            ),
            (
                "atan2",
                { arguments, _ in
                    guard arguments.values.count == 2 else { throw RuntimeError("'atan2' takes 2 arguments") }
                    return .double(
                        Foundation.atan2(try arguments.values[0].asDouble(), try arguments.values[1].asDouble()))
                }
            ),
        ]
        + mathFunctions.map { name, function in
            (name, { arguments, _ in .double(function(try arguments.single(name).asDouble())) })
        }

    private static let mathFunctions: [(String, (Double) -> Double)] = [
        ("sqrt", Foundation.sqrt), ("exp", Foundation.exp), ("log", Foundation.log), ("log2", Foundation.log2),
        ("log10", Foundation.log10), ("sin", Foundation.sin), ("cos", Foundation.cos), ("tan", Foundation.tan),
        ("asin", Foundation.asin), ("acos", Foundation.acos), ("atan", Foundation.atan), ("sinh", Foundation.sinh),
        ("cosh", Foundation.cosh), ("tanh", Foundation.tanh), ("floor", Foundation.floor), ("ceil", Foundation.ceil),
        ("round", Foundation.round), ("trunc", Foundation.trunc), ("exp2", Foundation.exp2),
        ("log1p", Foundation.log1p), ("expm1", Foundation.expm1), ("fabs", Foundation.fabs),
    ]

    static func absolute(_ value: Value) throws -> Value {
        switch value {
        case .int(let integer):
            guard integer != .min else {
                throw RuntimeError("arithmetic operation '0 - \(integer)' (on type 'Int') results in an overflow")
            }
            return .int(Swift.abs(integer))
        case .double(let double): return .double(Swift.abs(double))
        default: throw RuntimeError("cannot convert value of type '\(value.typeName)' to expected argument type 'Int'")
        }
    }

    /// `min(a, b, ...)` / `max(a, b, ...)`: an `Int` among `Double`s counts as a `Double`, as a literal would.
    private static func extreme(_ arguments: CallArguments, _ runtime: Runtime, wantsMaximum: Bool) throws -> Value {
        let values = arguments.values
        guard values.count >= 2 else {
            throw RuntimeError("'\(wantsMaximum ? "max" : "min")' needs at least 2 arguments")
        }
        var best = values[0]
        for candidate in values.dropFirst() {
            let order = try runtime.compare(candidate, best)
            if wantsMaximum ? order >= 0 && order != 0 : order < 0 { best = candidate }
        }
        if values.contains(where: { if case .double = $0 { true } else { false } }), case .int(let integer) = best {
            return .double(Double(integer))
        }
        return best
    }
}
