import Foundation

extension Learner {
    /// fast.ai's `fit_one_cycle`: trains for `epochs` with the 1cycle policy. The learning rate rises along a
    /// cosine from `lrMax / div` to `lrMax` over the first `pctStart` of the batches, then falls along a cosine to
    /// `lrMax / divFinal`; the momentum moves the other way, `moms.0` to `moms.1` and back to `moms.2`. `lrMax`
    /// defaults to the learner's `lr`.
    ///
    /// ```swift
    /// try learn.fitOneCycle(5, lrMax: 0.06)
    /// learn.recorder.hyperparameters   // [("lr", [...]), ("mom", [...])], one value per batch
    /// ```
    @discardableResult
    public func fitOneCycle(
        _ epochs: Int, lrMax: Double? = nil, div: Double = 25, divFinal: Double = 1e5, pctStart: Double = 0.25,
        moms: (Double, Double, Double) = (0.95, 0.85, 0.95), progress: (any ProgressReporter)? = nil,
        report: ((EpochTable) -> Void)? = { _ in }
    ) throws -> EpochTable {
        guard pctStart >= 0 && pctStart <= 1 else {
            throw LearnerError("pctStart must be between 0 and 1, got \(pctStart)")
        }
        let optimizer = try self.optimizer ?? createOptimizer()
        let peak = lrMax ?? lr
        optimizer.lr = peak
        let scheduler = ParamScheduler([
            (.lr, .combinedCosine(pct: pctStart, start: peak / div, middle: peak, end: peak / divFinal)),
            (.mom, .combinedCosine(pct: pctStart, start: moms.0, middle: moms.1, end: moms.2)),
        ])
        return try fit(epochs, callbacks: [scheduler], progress: progress, report: report)
    }

    /// fast.ai's `lr_find`: a mock training whose learning rate grows from `startLr` to `endLr` over `numIt`
    /// batches (stopping early when the loss diverges), after which the model is as it was. Returns what it
    /// found: the learning rates and smoothed losses, and fast.ai's default suggestion, the `valley`.
    ///
    /// ```swift
    /// let found = try learn.lrFind()
    /// found.valley   // e.g. 0.0010000000474974513
    /// ```
    public func lrFind(
        startLr: Double = 1e-7, endLr: Double = 10, numIt: Int = 100, stopDiv: Bool = true,
        progress: (any ProgressReporter)? = nil
    ) throws -> LRFinderResult {
        guard trainBatches.count > 0 else { throw LearnerError("lrFind needs training batches") }
        let finder = LRFinder(startLr: startLr, endLr: endLr, numIt: numIt, stopDiv: stopDiv)
        try fit(finder.numIt / trainBatches.count + 1, callbacks: [finder], progress: progress, report: nil)
        return try LRFinderResult(lrs: recorder.lrs, losses: recorder.losses, numIt: finder.numIt)
    }
}

/// What `lrFind()` found: the learning rate and smoothed loss of every batch of the sweep, and fast.ai's valley
/// suggestion (`SuggestedLRs(valley=...)`).
public final class LRFinderResult {
    /// The learning rate of each batch.
    public let lrs: [Double]
    /// The smoothed loss after each batch.
    public let losses: [Double]
    /// The suggested learning rate.
    public let valley: Double
    /// The point the plot marks: the suggestion and its loss.
    public let valleyPoint: (lr: Double, loss: Double)

    /// The suggestion for a sweep of `numIt` batches: fast.ai looks at the losses from the tenth of the sweep to
    /// 5 batches before its end, up to the first NaN, as float32 tensors.
    public init(lrs: [Double], losses: [Double], numIt: Int) throws {
        self.lrs = lrs
        self.losses = losses
        let start = numIt / 10
        let end = min(lrs.count, losses.count) - 5
        guard end > start else {
            throw LearnerError("lrFind stopped after \(losses.count) batches, too few to suggest a learning rate")
        }
        var window = Array(zip(lrs[start..<end], losses[start..<end]))
        if let nan = window.firstIndex(where: { $0.1.isNaN }) { window = Array(window[..<nan]) }
        guard !window.isEmpty else { throw LearnerError("lrFind: the loss was NaN from the start of the sweep") }
        let point = valleySuggestion(lrs: window.map { Float($0.0) }, losses: window.map { Float($0.1) })
        (valley, valleyPoint) = (Double(point.lr), (Double(point.lr), Double(point.loss)))
    }
}

/// fast.ai's `valley`: the learning rate a third and a half of the way into the longest run of falling losses
/// (the longest decreasing subsequence, found in O(n²)), and the loss there. `losses` must not be empty.
///
/// ```swift
/// valleySuggestion(lrs: [1e-4, 1e-3, 1e-2, 1e-1], losses: [2, 1.5, 1, 3])   // (1e-3, 1.5)
/// ```
func valleySuggestion(lrs: [Float], losses: [Float]) -> (lr: Float, loss: Float) {
    let count = losses.count
    var (maxStart, maxEnd) = (0, 0)
    var lengths = [Int](repeating: 1, count: count)
    for i in 1..<max(count, 1) {
        for j in 0..<i {
            if losses[i] < losses[j] && lengths[i] < lengths[j] + 1 { lengths[i] = lengths[j] + 1 }
            // fast.ai checks inside the inner loop, so a run that grows later keeps the start found first.
            if lengths[maxEnd] < lengths[i] {
                maxEnd = i
                maxStart = maxEnd - lengths[maxEnd]
            }
        }
    }
    let sections = Double(maxEnd - maxStart) / 3
    var index = maxStart + Int(sections) + Int(sections / 2)
    if index < 0 { index += count }  // Python's negative index: from the end
    return (lrs[index], losses[index])
}
