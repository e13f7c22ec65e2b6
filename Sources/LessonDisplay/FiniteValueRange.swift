/// The smallest to the largest finite value of `values`, or `nil` when none is finite: the ends a colour map is
/// scaled to, as matplotlib's `Normalize` and pandas' `background_gradient` take them (NaN and infinities aside).
///
/// ```swift
/// finiteValueRange(of: [3, .nan, -1, .infinity])  // -1.0...3.0
/// ```
func finiteValueRange(of values: some Sequence<Double>) -> ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite {
        low = min(low, value)
        high = max(high, value)
    }
    return low <= high ? low...high : nil
}
