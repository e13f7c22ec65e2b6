import Foundation
import Tensors

/// Trains a model with fast.ai's loop (`Learner`): for every training batch, predict, compute the loss,
/// `backward()`, step the optimizer and zero the gradients; then measure the validation loss and the metrics.
/// Its callbacks hear every stage (fast.ai's events): every learner has a ``TrainEvalCallback``, a ``Recorder``
/// (`learn.recorder`) and a ``ProgressCallback``, then the callbacks it was given.
///
/// Losses and metrics are functions, so they can come from Swift code or from lesson cells alike; the optimizer
/// is made by the first fit, for the model's parameters (weight decay leaves biases and batch-norm parameters
/// alone, as fast.ai's `wd_bn_bias=False`).
///
/// ```swift
/// let learn = Learner(
///     train: trainBatches, valid: validBatches, model: model, loss: crossEntropy, metrics: [accuracyMetric],
///     makeOptimizer: { Adam($0, lr: $1) })
/// try learn.fitOneCycle(5, lrMax: 0.06)
/// learn.recorder.values.last   // [train_loss, valid_loss, accuracy]
/// ```
public final class Learner {
    /// The batches of `(inputs, targets)` of a loader: how many one pass has, and how to start a pass.
    public struct Batches {
        /// The number of batches in a pass (`len(dl)`), what progress is measured against.
        public let count: Int
        /// Starts a pass: each call of the returned function gives the next batch, `nil` after the last.
        public let makePass: () throws -> () throws -> (Tensor, Tensor)?
        /// The first batch of the data in its own order, without shuffling (what `summary()` runs).
        public let first: () throws -> (Tensor, Tensor)?

        /// Batches of which a pass has `count`, each pass started by `makePass`; `first` gives a batch in the
        /// data's own order (by default, the first batch of a pass).
        ///
        /// ```swift
        /// let batches = Learner.Batches(count: loader.batchCount) {
        ///     var iterator = try loader.makeIterator()
        ///     return { try iterator.next() }
        /// }
        /// ```
        public init(
            count: Int, makePass: @escaping () throws -> () throws -> (Tensor, Tensor)?,
            first: (() throws -> (Tensor, Tensor)?)? = nil
        ) {
            self.count = count
            self.makePass = makePass
            self.first = first ?? { try makePass()() }
        }
    }

    /// A metric's name (a column of the epoch table) and its function of predictions and targets.
    public struct Metric {
        /// The column name.
        public let name: String
        /// The metric of one batch, a one-element tensor.
        public let compute: (Tensor, Tensor) throws -> Tensor

        /// A metric named `name`.
        public init(name: String, compute: @escaping (Tensor, Tensor) throws -> Tensor) {
            self.name = name
            self.compute = compute
        }
    }

    /// fast.ai's default learning rate (`defaults.lr`).
    public static let defaultLearningRate = 1e-3

    /// The model being trained (`learn.model`).
    public let model: Module
    /// The metrics of the epoch table, after the losses.
    public let metrics: [Metric]
    /// The learning rate `fit` uses when given none (`learn.lr`).
    public var lr: Double
    /// How `summary()` names the optimizer's maker and the loss function.
    public let names: (optimizer: String, loss: String)
    let trainBatches: Batches
    let validBatches: Batches
    private let lossFunction: (Tensor, Tensor) throws -> Tensor
    private let makeOptimizer: ([Tensor], Double) throws -> Optimizer

    /// Every callback, in the order they hear events: the learner's own and those it was given.
    public private(set) var callbacks: [Callback] = []
    /// The figures of the current or last fit (`learn.recorder`).
    public let recorder = Recorder()
    /// The optimizer, made by the first fit (`learn.opt`).
    public private(set) var optimizer: Optimizer?

    /// Whether the current batch is a training batch (`learn.training`), not a validation one.
    public internal(set) var training = false
    /// The current epoch, from 0.
    public internal(set) var epoch = 0
    /// The number of epochs of the current fit (`n_epoch`).
    public internal(set) var epochCount = 0
    /// The current batch's position in its pass (`iter`), from 0.
    public internal(set) var iteration = 0
    /// The number of batches of the current pass (`n_iter`).
    public internal(set) var iterationCount = 0
    /// The number of training batches done in the current fit (fast.ai's `train_iter`).
    public internal(set) var trainIteration = 0
    /// The position in the current fit, 0 at the start, 1 at the end (fast.ai's `pct_train`).
    public internal(set) var pctTrain = 0.0
    /// The smoothed training loss after the last training batch.
    public internal(set) var smoothLoss = Double.nan
    /// The current batch's inputs (`xb`).
    public private(set) var inputs: Tensor?
    /// The current batch's targets (`yb`).
    public private(set) var targets: Tensor?
    /// The model's predictions for the current batch (`pred`).
    public private(set) var predictions: Tensor?
    /// The current batch's loss.
    public private(set) var loss: Tensor?
    /// Where the current fit reports its batches.
    var progress: (any ProgressReporter)?
    /// What the current fit calls with the epoch table after each epoch, unless it does not log.
    private var report: ((EpochTable) -> Void)?

    /// A learner over the training and validation batches for `model`, minimising `loss`, reporting `metrics`,
    /// updated by the optimizer `makeOptimizer(parameters, lr)` creates; `callbacks` hear every stage of training
    /// (their `learn` becomes this learner). `names` are what `summary()` prints for the optimizer and the loss.
    public init(
        train: Batches, valid: Batches, model: Module, loss: @escaping (Tensor, Tensor) throws -> Tensor,
        metrics: [Metric] = [], makeOptimizer: @escaping ([Tensor], Double) throws -> Optimizer,
        callbacks: [Callback] = [], lr: Double = Learner.defaultLearningRate,
        names: (optimizer: String, loss: String) = ("Adam", "loss")
    ) {
        self.trainBatches = train
        self.validBatches = valid
        self.model = model
        self.lossFunction = loss
        self.metrics = metrics
        self.makeOptimizer = makeOptimizer
        self.lr = lr
        self.names = names
        add([TrainEvalCallback(), recorder, ProgressCallback()] + callbacks)
    }

    /// The first callback of type `T` (`learn.activation_stats` in fast.ai is `learn.callback(ActivationStats.self)`).
    public func callback<T: Callback>(_ type: T.Type) -> T? {
        callbacks.lazy.compactMap { $0 as? T }.first
    }

    /// Trains for `epochs` passes over the training data at learning rate `lr` (the learner's own when `nil`),
    /// with `extra` callbacks for this fit only. After each epoch, `report` gets the epoch table (to print it);
    /// each epoch's batches are reported to `progress` as one piece of work (`epoch 3/10`). After each batch, the
    /// thread's ``TensorContext/interruptionCheck`` may stop the fit (a lesson's time limit).
    ///
    /// ```swift
    /// let table = try learn.fit(10, lr: 1.0, progress: bar) { print($0.rows.last!) }
    /// ```
    @discardableResult
    public func fit(
        _ epochs: Int, lr: Double? = nil, callbacks extra: [Callback] = [], progress: (any ProgressReporter)? = nil,
        report: ((EpochTable) -> Void)? = { _ in }
    ) throws -> EpochTable {
        guard epochs >= 0 else { throw LearnerError("the number of epochs must not be negative, got \(epochs)") }
        add(extra)
        defer { remove(extra) }
        let optimizer = try self.optimizer ?? createOptimizer()
        optimizer.lr = lr ?? self.lr
        epochCount = epochs
        (self.progress, self.report) = (progress, report)
        defer {
            progress?.finish()
            (self.progress, self.report) = (nil, nil)
            (inputs, targets, predictions, loss) = (nil, nil, nil, nil)
        }
        try stage(.fit, before: .beforeFit, after: .afterFit) {
            for epoch in 0..<epochs {
                self.epoch = epoch
                try stage(.epoch, before: .beforeEpoch, after: .afterEpoch) {
                    iterationCount = trainBatches.count
                    try stage(.train, before: .beforeTrain, after: .afterTrain) { try allBatches(trainBatches) }
                    iterationCount = validBatches.count
                    try noGrad {
                        try stage(.validate, before: .beforeValidate, after: .afterValidate) {
                            try allBatches(validBatches)
                        }
                    }
                }
            }
        }
        return recorder.table
    }

    /// Gives the epoch table to the fit's reporter, when it logs.
    func log(_ table: EpochTable) {
        report?(table)
    }

    /// Makes the optimizer (fast.ai's `create_opt`): for the model's parameters that require gradients, with
    /// weight decay left out for biases and batch-norm parameters.
    @discardableResult
    public func createOptimizer() throws -> Optimizer {
        let optimizer = try makeOptimizer(model.parameters().filter(\.requiresGrad), lr)
        optimizer.excludeFromWeightDecay(model.normAndBiasParameters)
        self.optimizer = optimizer
        return optimizer
    }

    /// Every batch of one pass.
    private func allBatches(_ batches: Batches) throws {
        let next = try batches.makePass()
        iteration = 0
        while let batch = try next() {
            (inputs, targets) = batch
            try stage(.batch, before: .beforeBatch, after: .afterBatch) { try oneBatch() }
            iteration += 1
            try TensorContext.current.interruptionCheck?()
        }
    }

    /// The model's predictions and the loss of the current batch; for a training batch, also the backward pass,
    /// the optimizer's step and the zeroing of the gradients.
    private func oneBatch() throws {
        guard let inputs, let targets else { return }
        let predictions = try model(inputs)
        self.predictions = predictions
        try send(.afterPred)
        loss = try lossFunction(predictions, targets)
        try send(.afterLoss)
        guard training, let loss, let optimizer else { return }
        try loss.backward()
        try optimizer.step()
        try optimizer.zeroGrad()
    }

    /// fast.ai's `_with_events`: the `before` event and the body, a cancellation of this stage caught (and told to
    /// the callbacks), then the `after` event.
    private func stage(
        _ stage: Cancellation, before: Event, after: Event, _ body: () throws -> Void
    ) throws {
        do {
            try send(before)
            try body()
        } catch let cancellation as Cancellation where cancellation == stage {
            for callback in listeners(of: after) { try callback.afterCancel(stage) }
        }
        try send(after)
    }

    /// Tells the callbacks that listen to `event` about it, in order.
    private func send(_ event: Event) throws {
        for callback in listeners(of: event) { try event.send(to: callback) }
    }

    /// The callbacks that hear `event` now: all of them, except that batch events skip callbacks that do not run
    /// on this kind of batch (fast.ai's `run_train` and `run_valid`).
    private func listeners(of event: Event) -> [Callback] {
        guard event.isBatchEvent else { return callbacks }
        return callbacks.filter { training ? $0.runTrain : $0.runValid }
    }

    private func add(_ new: [Callback]) {
        for callback in new { callback.learn = self }
        // Stable: callbacks of equal order keep the order they were added in.
        callbacks = (callbacks + new).enumerated().sorted {
            ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
        }
        .map(\.element)
    }

    private func remove(_ old: [Callback]) {
        let gone = Set(old.map(ObjectIdentifier.init))
        callbacks.removeAll { gone.contains(ObjectIdentifier($0)) }
    }
}

/// A learner asked for something it cannot do.
public struct LearnerError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension Module {
    /// fast.ai's `norm_bias_params`: every parameter of the batch-norm layers, and every layer's bias.
    var normAndBiasParameters: [Tensor] {
        modules().flatMap { module in
            module is BatchNorm2d
                ? module.parameters() : module.ownParameters.filter { $0.name == "bias" }.map(\.tensor)
        }
    }
}
