import Tensors

/// fast.ai's `LRFinder`, the callback of `lrFind()`: a mock training whose learning rate grows exponentially from
/// `startLr` to `endLr` over `numIt` batches, with no validation; it stops after `numIt` batches, or as soon as the
/// smoothed loss exceeds 4 times the best so far (`stopDiv`). Afterwards the model's parameters and buffers and
/// the optimizer's state are put back as they were.
public final class LRFinder: ParamScheduler {
    /// The number of batches of the sweep.
    public let numIt: Int
    /// Whether the sweep stops when the loss diverges.
    public let stopDiv: Bool
    private var bestLoss = Double.infinity
    private var savedModel: [Tensor] = []
    private var savedOptimizer: Optimizer.Snapshot?

    /// A sweep from `startLr` to `endLr` in `numIt` batches (at least 6).
    public init(startLr: Double = 1e-7, endLr: Double = 10, numIt: Int = 100, stopDiv: Bool = true) {
        self.numIt = max(numIt, 6)
        self.stopDiv = stopDiv
        super.init([(.lr, Schedule.exponential(start: startLr, end: endLr))])
    }

    public override func beforeFit() throws {
        try super.beforeFit()
        guard let learn else { return }
        savedModel = try learn.model.stateTensors.map { try $0.clone() }
        savedOptimizer = try learn.optimizer?.snapshot()
        bestLoss = .infinity
    }

    public override func beforeBatch() throws {
        set(at: Double(learn?.trainIteration ?? 0) / Double(numIt))
    }

    public override func afterBatch() throws {
        try super.afterBatch()
        guard let learn else { return }
        let loss = learn.smoothLoss
        if loss < bestLoss { bestLoss = loss }
        if stopDiv && loss > 4 * bestLoss { throw Cancellation.fit }
        if learn.trainIteration >= numIt { throw Cancellation.fit }
    }

    public override func beforeValidate() throws {
        throw Cancellation.validate
    }

    /// Puts the model and the optimizer back (fast.ai's `learn.load('_tmp', with_opt=True)`); the recorded
    /// learning rates and losses stay in the recorder.
    public override func afterFit() throws {
        guard let learn else { return }
        try learn.optimizer?.zeroGrad()
        try noGrad {
            for (tensor, saved) in zip(learn.model.stateTensors, savedModel) { try tensor.copy(from: saved) }
        }
        if let savedOptimizer { learn.optimizer?.restore(savedOptimizer) }
    }
}

extension Module {
    /// The parameters, then the buffers: everything a saved model holds (PyTorch's `state_dict()` values).
    var stateTensors: [Tensor] { parameters() + buffers() }
}
