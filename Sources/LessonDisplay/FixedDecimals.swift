/// Numbers with a fixed count of decimals, written without locale or exponent, so tables, tick labels and
/// drawings are byte-identical on every machine.
///
/// ```swift
/// FixedDecimals.text(0.123456789, decimals: 6)             // "0.123457"
/// FixedDecimals.text(-0.25, decimals: 2, minus: "\u{2212}")  // "−0.25"
/// ```
public enum FixedDecimals {
    /// `value` rounded to `decimals` decimals (half to even), trailing zeros kept; `minus` is the sign of negative
    /// values, and a value that rounds to zero has none. NaN and infinities print as `nan`, `inf`, `-inf`; values
    /// too large for fixed notation print as Swift prints them.
    public static func text(_ value: Double, decimals: Int, minus: String = "-") -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? minus + "inf" : "inf" }
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrEven)
        guard scaled < 9e15 else { return "\(value)" }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let sign = value < 0 && scaled > 0 ? minus : ""
        guard decimals > 0 else { return sign + padded }
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }
}
