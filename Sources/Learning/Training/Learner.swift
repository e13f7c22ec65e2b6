import Foundation
import Tensors

/// Trains a model with fast.ai's loop (`Learner`): for every training batch, predict, compute the loss,
/// `backward()`, step the optimizer and zero the gradients; then measure the validation loss and the metrics.
/// `fit` reports fast.ai's epoch table and keeps each epoch's figures in `recorder`.
///
/// The learner only needs functions, so models, losses and metrics can come from Swift code or from lesson cells
/// alike; its `callbacks` are told about every stage (fast.ai's events).
///
/// ```swift
/// let learn = Learner(
///     train: trainBatches, valid: validBatches, model: { try model($0) }, parameters: { model.parameters() },
///     loss: mnistLoss, metrics: [accuracy], makeOptimizer: { SGD($0, lr: $1) })
/// try learn.fit(10, lr: 1.0)
/// learn.recorder.values.last   // [train_loss, valid_loss, accuracy]
/// ```
public final class Learner {
    /// The batches of `(inputs, targets)` of a loader: how many one pass has, and how to start a pass.
    public struct Batches {
        /// The number of batches in a pass (`len(dl)`), what progress is measured against.
        public let count: Int
        /// Starts a pass: each call of the returned function gives the next batch, `nil` after the last.
        public let makePass: () throws -> () throws -> (Tensor, Tensor)?

        /// Batches of which a pass has `count`, each pass started by `makePass`.
        ///
        /// ```swift
        /// let batches = Learner.Batches(count: loader.batchCount) {
        ///     var iterator = try loader.makeIterator()
        ///     return { try iterator.next() }
        /// }
        /// ```
        public init(count: Int, makePass: @escaping () throws -> () throws -> (Tensor, Tensor)?) {
            self.count = count
            self.makePass = makePass
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

    private let trainBatches: Batches
    private let validBatches: Batches
    private let model: (Tensor) throws -> Tensor
    private let parameters: () throws -> [Tensor]
    private let lossFunction: (Tensor, Tensor) throws -> Tensor
    private let metrics: [Metric]
    private let makeOptimizer: ([Tensor], Double) throws -> Optimizer
    private let setTraining: (Bool) -> Void
    /// The callbacks told about each stage of training, in order.
    public let callbacks: [Callback]
    /// The model, when it was given as a module (`learn.model`).
    public let module: Module?

    /// The figures of every epoch trained so far.
    public let recorder = Recorder()
    /// The optimizer, made by the first `fit` (`learn.opt`).
    public private(set) var optimizer: Optimizer?
    /// Whether the current batch is a training batch (`learn.training`), not a validation one.
    public private(set) var training = false
    /// The current epoch, from 0.
    public private(set) var epoch = 0
    /// The number of epochs of the current `fit` (`n_epoch`).
    public private(set) var epochCount = 0
    /// The current batch's position in its pass (`iter`), from 0.
    public private(set) var iteration = 0
    /// The number of batches of the current pass (`n_iter`).
    public private(set) var iterationCount = 0
    /// The current batch's inputs (`xb`).
    public private(set) var inputs: Tensor?
    /// The current batch's targets (`yb`).
    public private(set) var targets: Tensor?
    /// The model's predictions for the current batch (`pred`).
    public private(set) var predictions: Tensor?
    /// The current batch's loss.
    public private(set) var loss: Tensor?

    /// A learner over the training and validation batches, for `model` (with its `parameters`), minimising
    /// `loss`, reporting `metrics`, updated by the optimizer `makeOptimizer(parameters, lr)` creates.
    /// `setTraining` switches the model between training (`true`, before each training pass) and evaluation
    /// (before each validation pass), as fast.ai calls `model.train()` and `model.eval()`. The `callbacks` are
    /// told about each stage of training; their `learn` becomes this learner. `module` is the model as a module,
    /// for callbacks that look at it.
    public init(
        train: Batches, valid: Batches, model: @escaping (Tensor) throws -> Tensor,
        parameters: @escaping () throws -> [Tensor], loss: @escaping (Tensor, Tensor) throws -> Tensor,
        metrics: [Metric], makeOptimizer: @escaping ([Tensor], Double) throws -> Optimizer,
        setTraining: @escaping (Bool) -> Void = { _ in }, callbacks: [Callback] = [], module: Module? = nil
    ) {
        self.trainBatches = train
        self.validBatches = valid
        self.model = model
        self.parameters = parameters
        self.lossFunction = loss
        self.metrics = metrics
        self.makeOptimizer = makeOptimizer
        self.setTraining = setTraining
        self.callbacks = callbacks
        self.module = module
        for callback in callbacks { callback.learn = self }
    }

    /// Trains for `epochs` passes over the training data at learning rate `lr`, calling `report` with the table
    /// after each epoch (to print it), and returns the table. Each epoch reports its training and validation
    /// batches to `progress` as one piece of work (`epoch 3/10`); the work finishes when `fit` returns or throws.
    /// After each batch, the thread's ``TensorContext/interruptionCheck`` may stop it (a lesson's time limit).
    ///
    /// ```swift
    /// let table = try learn.fit(10, lr: 1.0, progress: bar) { print($0.rows.last!) }
    /// ```
    @discardableResult
    public func fit(
        _ epochs: Int, lr: Double, progress: (any ProgressReporter)? = nil, report: (EpochTable) -> Void = { _ in }
    ) throws -> EpochTable {
        let optimizer = try self.optimizer ?? makeOptimizer(try parameters(), lr)
        self.optimizer = optimizer
        optimizer.lr = lr
        let names = ["train_loss", "valid_loss"] + metrics.map(\.name)
        recorder.names = names
        var table = EpochTable(valueNames: names)
        defer { progress?.finish() }
        epochCount = epochs
        try event { try $0.beforeFit() }
        // fast.ai's smoothed training loss: an exponential moving average (beta 0.98), debiased, carried across
        // the epochs of one fit.
        var smoothed = 0.0
        var steps = 0
        for epoch in 0..<epochs {
            self.epoch = epoch
            let start = DispatchTime.now().uptimeNanoseconds
            progress?.start("epoch \(epoch + 1)/\(epochs)", total: trainBatches.count + validBatches.count)
            try event { try $0.beforeEpoch() }
            var done = 0
            training = true
            setTraining(true)
            try event { try $0.beforeTrain() }
            iterationCount = trainBatches.count
            iteration = 0
            let nextTrain = try trainBatches.makePass()
            while let batch = try nextTrain() {
                let batchLoss = try predict(batch)
                try batchLoss.backward()
                try optimizer.step()
                try optimizer.zeroGrad()
                steps += 1
                smoothed = 0.98 * smoothed + 0.02 * (try batchLoss.item().doubleValue)
                try event { try $0.afterBatch() }
                iteration += 1
                done += 1
                progress?.update(done)
                try TensorContext.current.interruptionCheck?()
            }
            try event { try $0.afterTrain() }
            let trainLoss = steps == 0 ? Double.nan : smoothed / (1 - pow(0.98, Double(steps)))
            training = false
            setTraining(false)
            try event { try $0.beforeValidate() }
            let validation = try validate {
                done += 1
                progress?.update(done)
            }
            try event { try $0.afterValidate() }
            let values = [trainLoss] + validation
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            recorder.values.append(values)
            recorder.durations.append(seconds)
            table.append(epoch: epoch, values: values, seconds: seconds)
            report(table)
            try event { try $0.afterEpoch() }
        }
        try event { try $0.afterFit() }
        return table
    }

    /// One batch's predictions and loss, with the callbacks' batch events before them.
    private func predict(_ batch: (Tensor, Tensor)) throws -> Tensor {
        (inputs, targets) = batch
        try event { try $0.beforeBatch() }
        let predictions = try model(batch.0)
        self.predictions = predictions
        try event { try $0.afterPred() }
        let batchLoss = try lossFunction(predictions, batch.1)
        loss = batchLoss
        try event { try $0.afterLoss() }
        return batchLoss
    }

    /// Tells every callback about an event, in order.
    private func event(_ send: (Callback) throws -> Void) throws {
        for callback in callbacks { try send(callback) }
    }

    /// The validation loss and metrics, averaged over items (each batch weighted by its size); `afterBatch` runs
    /// as each batch is measured.
    private func validate(afterBatch: () -> Void) throws -> [Double] {
        try noGrad {
            var totals = [Double](repeating: 0, count: 1 + metrics.count)
            var count = 0
            iterationCount = validBatches.count
            iteration = 0
            let nextValid = try validBatches.makePass()
            while let batch = try nextValid() {
                let batchLoss = try predict(batch)
                let (inputs, targets) = batch
                let predictions = self.predictions ?? inputs
                let size = inputs.shape.first ?? 1
                totals[0] += try batchLoss.item().doubleValue * Double(size)
                for (index, metric) in metrics.enumerated() {
                    totals[index + 1] += try metric.compute(predictions, targets).item().doubleValue * Double(size)
                }
                count += size
                try event { try $0.afterBatch() }
                iteration += 1
                afterBatch()
                try TensorContext.current.interruptionCheck?()
            }
            return totals.map { count == 0 ? .nan : $0 / Double(count) }
        }
    }
}
