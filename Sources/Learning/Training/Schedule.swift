import Foundation

/// A hyper-parameter's value along training (fast.ai's schedule functions): a function of the position in
/// training, from 0 at the first batch to 1 at the end.
///
/// ```swift
/// let lr = Schedule.combinedCosine(pct: 0.25, start: 0.06 / 25, middle: 0.06, end: 0.06 / 1e5)
/// lr(0)      // 0.0024: the warm-up starts at lrMax / 25
/// lr(0.25)   // 0.06: the peak
/// lr(1)      // 6e-07
/// ```
public struct Schedule {
    private let value: (Double) -> Double

    /// A schedule computing `value(position)`.
    public init(_ value: @escaping (Double) -> Double) {
        self.value = value
    }

    /// The value at `position` (0...1).
    public func callAsFunction(_ position: Double) -> Double { value(position) }

    /// From `start` to `end` along half a cosine: slow, fast, slow (fast.ai's `SchedCos`).
    public static func cosine(start: Double, end: Double) -> Schedule {
        Schedule { start + (1 + cos(Double.pi * (1 - $0))) * (end - start) / 2 }
    }

    /// From `start` to `end` by a constant factor per step (fast.ai's `SchedExp`): the LR finder's sweep.
    public static func exponential(start: Double, end: Double) -> Schedule {
        Schedule { start * pow(end / start, $0) }
    }

    /// `schedules` one after another, each over its share of training (`shares` add up to 1): fast.ai's
    /// `combine_scheds`. As fast.ai, which keeps the boundaries in a float32 tensor, the position within a piece
    /// is worked out in float32.
    public static func combined(shares: [Double], _ schedules: [Schedule]) -> Schedule {
        var boundaries: [Float] = [0]
        for share in shares { boundaries.append(boundaries[boundaries.count - 1] + Float(share)) }
        let lastPiece = max(0, boundaries.count - 2)
        return Schedule { position in
            let point = Float(position)
            let piece = min(boundaries.lastIndex { point >= $0 } ?? 0, lastPiece)
            let within = (point - boundaries[piece]) / (boundaries[piece + 1] - boundaries[piece])
            return schedules[piece](Double(within))
        }
    }

    /// Cosine from `start` up (or down) to `middle` over the first `pct` of training, then to `end` over the rest
    /// (fast.ai's `combined_cos`): the one-cycle policy's learning rate and momentum.
    public static func combinedCosine(pct: Double, start: Double, middle: Double, end: Double) -> Schedule {
        combined(shares: [pct, 1 - pct], [cosine(start: start, end: middle), cosine(start: middle, end: end)])
    }
}
