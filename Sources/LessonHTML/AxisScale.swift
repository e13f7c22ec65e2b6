import Foundation
import LessonDisplay

/// One axis of a plot: its limits (the data's extent plus matplotlib's 5% margins, or the limits set with
/// `setYlim`) and "nice" ticks inside them. On a linear axis the ticks are 1, 2, 2.5 or 5 times a power of ten,
/// labelled to the step's precision with a true minus sign, as matplotlib labels them; on a log axis they are the
/// powers of ten, labelled `10` with the exponent raised.
///
/// ```swift
/// let axis = AxisScale(data: -2...2, maximumTicks: 9)
/// axis.limits                    // -2.2...2.2
/// axis.ticks.map(\.label)        // ["−2.0", "−1.5", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0"]
/// AxisScale(data: 1e-7...10, maximumTicks: 9, scale: .log).ticks.map(\.exponent)   // ["−7", "−6", ..., "1"]
/// ```
struct AxisScale {
    /// A tick: its value and label (on a log axis, `10` and the exponent to raise).
    struct Tick: Equatable {
        let value: Double
        let label: String
        var exponent: String? = nil
    }

    /// The axis' extent.
    let limits: ClosedRange<Double>
    /// The ticks, in increasing order, all within ``limits``.
    let ticks: [Tick]
    /// How values map to positions.
    let scale: Axes.Scale

    /// matplotlib's default margin on each side, as a fraction of the data's extent.
    static let margin = 0.05

    /// An axis for data spanning `data` (`nil`: no data, matplotlib's empty 0...1), with at most
    /// `maximumTicks` ticks; `fixed` limits replace the data's extent and its margins. A log axis takes the
    /// positive data only.
    init(data: ClosedRange<Double>?, maximumTicks: Int, fixed: ClosedRange<Double>? = nil, scale: Axes.Scale = .linear)
    {
        self.scale = scale
        if scale == .log {
            limits = fixed ?? Self.logLimits(data)
            ticks = Self.logTicks(limits, maximum: max(maximumTicks, 2))
            return
        }
        var low = fixed?.lowerBound ?? data?.lowerBound ?? 0
        var high = fixed?.upperBound ?? data?.upperBound ?? 1
        if high - low <= 0 || !(high - low).isFinite {
            // matplotlib's `nonsingular`: widen a single value by 5% of itself (or by 0.05 around zero).
            let spread = low == 0 ? 0.05 : abs(low) * 0.05
            (low, high) = (low - spread, high + spread)
        }
        if data != nil && fixed == nil {
            let pad = (high - low) * Self.margin
            (low, high) = (low - pad, high + pad)
        }
        limits = low...high
        ticks = Self.ticks(low: low, high: high, maximum: max(maximumTicks, 2))
    }

    /// Pixel position of `value` on an axis drawn from `start` (at the lower limit) to `end` (at the upper).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        let (low, high, point) =
            scale == .log
            ? (log10(limits.lowerBound), log10(limits.upperBound), log10(value))
            : (limits.lowerBound, limits.upperBound, value)
        return start + (point - low) / (high - low) * (end - start)
    }

    /// The ticks of the smallest nice step giving at most `maximum` ticks.
    private static func ticks(low: Double, high: Double, maximum: Int) -> [Tick] {
        let span = high - low
        guard span.isFinite, span > 0 else { return [] }
        var exponent = Int((span / Double(maximum)).exponent10)
        for _ in 0..<40 {
            for multiple in [1.0, 2.0, 2.5, 5.0] {
                let step = multiple * power10(exponent)
                let first = (low / step).rounded(.up)
                let last = (high / step).rounded(.down)
                guard last - first + 1 <= Double(maximum) else { continue }
                let decimals = max(0, -exponent) + (multiple == 2.5 && exponent <= 0 ? 1 : 0)
                return stride(from: first, through: last, by: 1).map { index in
                    let value = index * step
                    return Tick(value: value, label: FixedDecimals.text(value, decimals: decimals, minus: "\u{2212}"))
                }
            }
            exponent += 1
        }
        return []
    }

    /// The positive data's extent, widened by 5% of its decades on each side (matplotlib's margins in log space);
    /// a single value gets a decade either side, no data 1...10.
    private static func logLimits(_ data: ClosedRange<Double>?) -> ClosedRange<Double> {
        guard let data, data.lowerBound > 0, data.upperBound.isFinite else { return 1...10 }
        var (low, high) = (log10(data.lowerBound), log10(data.upperBound))
        if high - low <= 0 { (low, high) = (low - 1, high + 1) }
        let pad = (high - low) * margin
        return pow(10, low - pad)...pow(10, high + pad)
    }

    /// The powers of ten within `limits`, every decade or every few when there are more than `maximum`.
    private static func logTicks(_ limits: ClosedRange<Double>, maximum: Int) -> [Tick] {
        guard limits.lowerBound > 0 else { return [] }
        let first = Int(log10(limits.lowerBound).rounded(.up))
        let last = Int(log10(limits.upperBound).rounded(.down))
        guard last >= first else { return [] }
        let stride = (last - first) / maximum + 1
        return Swift.stride(from: first, through: last, by: stride).map { exponent in
            let text = exponent < 0 ? "\u{2212}\(-exponent)" : "\(exponent)"
            return Tick(value: power10(exponent), label: "10", exponent: text)
        }
    }

    /// `10 ** exponent`, exact for the exponents plots meet.
    private static func power10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }
}

extension Double {
    /// The power of ten at or below the value's magnitude (`floor(log10(x))`) for positive finite values.
    fileprivate var exponent10: Int {
        guard isFinite, self > 0 else { return 0 }
        var exponent = 0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
