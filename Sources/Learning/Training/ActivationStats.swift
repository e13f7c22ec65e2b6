import Foundation
import Tensors

/// fast.ai's `ActivationStats` callback (`cbs: [ActivationStats(withHist: true)]`): for every training batch it
/// records, for each layer that has parameters, the mean and standard deviation of the layer's output, the share
/// of outputs at or below 0.05 ("near zero"), and with `withHist` a 40-bin histogram of the outputs from 0 to 10.
/// The learner then has it as `learn.activationStats`; `layerStats(i)` and `hist(i)` give one layer's record
/// (negative `i` counts from the last layer), which `plotLayerStats` and `colorDim` draw.
///
/// ```swift
/// let stats = ActivationStats(withHist: true)
/// let learn = Learner(..., callbacks: [stats])
/// try learn.fit(1, lr: 0.06)
/// try stats.layerStats(-2).means   // one value per training batch
/// ```
public final class ActivationStats: Callback {
    /// What one layer's output looked like on one batch.
    public struct Record {
        /// The mean of the outputs.
        public let mean: Double
        /// Their standard deviation (unbiased, as `std()`).
        public let std: Double
        /// The share of outputs at or below 0.05.
        public let nearZero: Double
        /// The counts of `histc(bins: 40, min: 0, max: 10)`, when recorded.
        public let hist: [Double]?

        /// What fast.ai's hook records of one output, in float32.
        init(of output: Tensor, withHist: Bool) throws {
            let o = try output.detach().float()
            mean = try o.mean().item().doubleValue
            std = try o.std().item().doubleValue
            nearZero = try (o <= 0.05).sum().item().doubleValue / Double(Swift.max(o.count, 1))
            hist = withHist ? try o.histc(bins: 40, min: 0, max: 10).doubleElements() : nil
        }
    }

    /// Whether each record has a histogram.
    public let withHist: Bool
    /// For every training batch, one record per watched layer (fast.ai's `stats`).
    public private(set) var stats: [[Record]] = []
    /// The layers watched in the current or last fit: the model's innermost modules that have parameters.
    public private(set) var modules: [Module] = []
    private var stored: [Record?] = []
    private var hooks: [ForwardHookHandle] = []

    /// A callback recording the activations, with histograms if `withHist`.
    public init(withHist: Bool = false) {
        self.withHist = withHist
    }

    /// fast.ai's order: before the training and evaluation switch.
    public override var order: Int { -20 }

    public override func beforeFit() throws {
        guard let learn else { return }
        modules = learn.model.leafModules.filter { !$0.parameters().isEmpty }
        stats = []
        stored = Array(repeating: nil, count: modules.count)
        removeHooks()
        hooks = modules.enumerated().map { index, module in
            module.registerForwardHook { [weak self] _, _, output in
                // fast.ai computes this for validation batches too and keeps only the training ones.
                guard let self, self.learn?.training == true else { return }
                self.stored[index] = try Record(of: output, withHist: self.withHist)
            }
        }
    }

    public override func afterBatch() throws {
        guard learn?.training == true else { return }
        stats.append(stored.compactMap { $0 })
    }

    public override func afterFit() throws {
        removeHooks()
    }

    /// One layer's means, standard deviations and near-zero shares, batch by batch (fast.ai's `layer_stats`).
    /// - Throws: when `index` names no watched layer.
    public func layerStats(_ index: Int) throws -> (means: [Double], stds: [Double], nearZero: [Double]) {
        let records = try layerRecords(index)
        return (records.map(\.mean), records.map(\.std), records.map(\.nearZero))
    }

    /// One layer's histograms as a `[40, batches]` float32 tensor of `log1p` counts (fast.ai's `hist`): what
    /// `colorDim` draws, a column per batch.
    /// - Throws: when `index` names no watched layer or no histogram was recorded.
    public func hist(_ index: Int) throws -> Tensor {
        let records = try layerRecords(index)
        let columns = records.compactMap(\.hist)
        guard withHist, columns.count == records.count, let bins = columns.first?.count else {
            throw ActivationStatsError("no histograms were recorded: use ActivationStats(withHist: true)")
        }
        var values = [Float](repeating: 0, count: bins * columns.count)
        for (column, counts) in columns.enumerated() {
            for (bin, count) in counts.enumerated() { values[bin * columns.count + column] = Float(log1p(count)) }
        }
        return try Tensor(shape: [bins, columns.count], elements: values)
    }

    /// The records of the layer at `index` (negative from the end), one per batch.
    private func layerRecords(_ index: Int) throws -> [Record] {
        let count = stats.first?.count ?? modules.count
        guard index >= -count && index < count else {
            throw ActivationStatsError("layer index \(index) is out of range: \(count) layers were watched")
        }
        let position = index < 0 ? index + count : index
        return stats.map { $0[position] }
    }

    private func removeHooks() {
        for hook in hooks { hook.remove() }
        hooks = []
    }
}

/// A question `ActivationStats` cannot answer.
public struct ActivationStatsError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension Module {
    /// The modules without children, in order (fast.ai's `flatten_model`).
    public var leafModules: [Module] {
        modules().filter { $0.children().isEmpty }
    }
}
