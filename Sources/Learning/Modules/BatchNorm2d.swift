import Tensors

/// Batch normalisation of images (`nn.BatchNorm2d`): each channel of a `[N, C, H, W]` batch is normalised to mean
/// 0 and variance 1, then scaled by `weight` and shifted by `bias` (learned, `affine`).
///
/// In training (`train()`, the default) it uses the batch's statistics and updates the running ones in place:
/// `running = (1 - momentum) * running + momentum * batch`, with the unbiased batch variance (a cumulative
/// average when `momentum` is `nil`), and counts the batches in `numBatchesTracked`. After `eval()` it normalises
/// with the running statistics. They are buffers: kept with the model, not trained.
///
/// ```swift
/// let bn = try BatchNorm2d(8)
/// try bn(x)            // x: [64, 8, 14, 14]
/// bn.runningMean       // moved 10% of the way to the batch's channel means
/// bn.eval()
/// ```
public final class BatchNorm2d: Module {
    /// The number of channels.
    public let numFeatures: Int
    /// Added to the variance before its square root.
    public let eps: Double
    /// The weight of each new batch in the running statistics; `nil` for their cumulative average.
    public let momentum: Double?
    /// Whether the layer has a learned weight (and bias).
    public let affine: Bool
    /// Whether the layer keeps running statistics (otherwise it always uses the batch's).
    public let trackRunningStats: Bool
    /// The per-channel scale, ones at first, when `affine`.
    public let weight: Tensor?
    /// The per-channel shift, zeros at first, when `affine` and made with a bias.
    public let bias: Tensor?
    /// The running mean of each channel, zeros at first, when tracked.
    public let runningMean: Tensor?
    /// The running (unbiased) variance of each channel, ones at first, when tracked.
    public let runningVar: Tensor?
    /// How many training batches updated the running statistics (an int64 scalar), when tracked.
    public let numBatchesTracked: Tensor?

    /// A layer for `numFeatures` channels, with PyTorch's defaults.
    public init(
        _ numFeatures: Int, eps: Double = 1e-5, momentum: Double? = 0.1, affine: Bool = true,
        trackRunningStats: Bool = true, bias: Bool = true
    ) throws {
        self.numFeatures = numFeatures
        self.eps = eps
        self.momentum = momentum
        self.affine = affine
        self.trackRunningStats = trackRunningStats
        weight = affine ? try ones([numFeatures]).asParameter() : nil
        self.bias = affine && bias ? try zeros([numFeatures]).asParameter() : nil
        runningMean = trackRunningStats ? try zeros([numFeatures]) : nil
        runningVar = trackRunningStats ? try ones([numFeatures]) : nil
        numBatchesTracked = trackRunningStats ? try Tensor.scalar(.int(0), dtype: .int64) : nil
    }

    /// The normalised `input`, as PyTorch's `_BatchNorm.forward` decides between batch and running statistics.
    public override func forward(_ input: Tensor) throws -> Tensor {
        guard input.ndim == 4 else {
            throw TensorError(.shapeMismatch, "expected 4D input (got \(input.ndim)D input)")
        }
        var averagingFactor = momentum ?? 0
        if training, let numBatchesTracked {
            try numBatchesTracked.updateInPlace(.add, .scalar(.int(1)))
            if momentum == nil { averagingFactor = 1 / (try numBatchesTracked.item().doubleValue) }
        }
        // Running statistics are used after eval(), and updated in training when they are tracked.
        let useBatchStatistics = training || (runningMean == nil && runningVar == nil)
        let passRunning = !training || trackRunningStats
        return try batchNorm(
            input, runningMean: passRunning ? runningMean : nil, runningVar: passRunning ? runningVar : nil,
            weight: weight, bias: bias, training: useBatchStatistics, momentum: averagingFactor, eps: eps)
    }

    /// The weight, then the bias.
    public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias(weight, bias) }

    /// The running mean, the running variance and the batch count.
    public override var ownBuffers: [(name: String, tensor: Tensor)] {
        [("running_mean", runningMean), ("running_var", runningVar), ("num_batches_tracked", numBatchesTracked)]
            .compactMap { name, tensor in tensor.map { (name, $0) } }
    }

    /// `8, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True`.
    public override var extraDescription: String {
        "\(numFeatures), eps=\(pythonFloat(eps)), momentum=\(momentum.map(pythonFloat) ?? "None"), "
            + "affine=\(pythonBool(affine)), bias=\(pythonBool(bias != nil)), "
            + "track_running_stats=\(pythonBool(trackRunningStats))"
    }
}
