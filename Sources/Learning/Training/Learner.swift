import Foundation
import Tensors

/// Trains a model with fast.ai's loop (`Learner`): for every training batch, predict, compute the loss,
/// `backward()`, step the optimizer and zero the gradients; then measure the validation loss and the metrics.
/// `fit` reports fast.ai's epoch table and keeps each epoch's figures in `recorder`.
///
/// The learner only needs functions, so models, losses, metrics and optimizers can come from Swift code or
/// from lesson cells alike.
///
/// ```swift
/// let learn = Learner(
///     train: trainBatches, valid: validBatches, model: { try model($0) }, parameters: { model.parameters() },
///     loss: mnistLoss, metrics: [accuracy], makeOptimizer: makeSGD)
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

    /// What the learner needs of an optimizer.
    public struct Optimizer {
        /// Updates the parameters from their gradients.
        public let step: () throws -> Void
        /// Forgets the gradients.
        public let zeroGrad: () throws -> Void
        /// Sets the learning rate for the next steps.
        public let setLearningRate: (Double) throws -> Void

        /// An optimizer made of its three operations.
        public init(
            step: @escaping () throws -> Void, zeroGrad: @escaping () throws -> Void,
            setLearningRate: @escaping (Double) throws -> Void
        ) {
            self.step = step
            self.zeroGrad = zeroGrad
            self.setLearningRate = setLearningRate
        }
    }

    private let trainBatches: Batches
    private let validBatches: Batches
    private let model: (Tensor) throws -> Tensor
    private let parameters: () throws -> [Tensor]
    private let loss: (Tensor, Tensor) throws -> Tensor
    private let metrics: [Metric]
    private let makeOptimizer: ([Tensor], Double) throws -> Optimizer
    private let setTraining: (Bool) -> Void
    private var optimizer: Optimizer?

    /// The figures of every epoch trained so far.
    public let recorder = Recorder()

    /// A learner over the training and validation batches, for `model` (with its `parameters`), minimising
    /// `loss`, reporting `metrics`, updated by the optimizer `makeOptimizer(parameters, lr)` creates.
    /// `setTraining` switches the model between training (`true`, before each training pass) and evaluation
    /// (before each validation pass), as fast.ai calls `model.train()` and `model.eval()`.
    public init(
        train: Batches, valid: Batches, model: @escaping (Tensor) throws -> Tensor,
        parameters: @escaping () throws -> [Tensor], loss: @escaping (Tensor, Tensor) throws -> Tensor,
        metrics: [Metric], makeOptimizer: @escaping ([Tensor], Double) throws -> Optimizer,
        setTraining: @escaping (Bool) -> Void = { _ in }
    ) {
        self.trainBatches = train
        self.validBatches = valid
        self.model = model
        self.parameters = parameters
        self.loss = loss
        self.metrics = metrics
        self.makeOptimizer = makeOptimizer
        self.setTraining = setTraining
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
        if let optimizer {
            try optimizer.setLearningRate(lr)
        } else {
            optimizer = try makeOptimizer(try parameters(), lr)
        }
        guard let optimizer else { return EpochTable(valueNames: []) }
        let names = ["train_loss", "valid_loss"] + metrics.map(\.name)
        recorder.names = names
        var table = EpochTable(valueNames: names)
        defer { progress?.finish() }
        // fast.ai's smoothed training loss: an exponential moving average (beta 0.98), debiased, carried across
        // the epochs of one fit.
        var smoothed = 0.0
        var steps = 0
        for epoch in 0..<epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            progress?.start("epoch \(epoch + 1)/\(epochs)", total: trainBatches.count + validBatches.count)
            var done = 0
            setTraining(true)
            let nextTrain = try trainBatches.makePass()
            while let (inputs, targets) = try nextTrain() {
                let batchLoss = try loss(try model(inputs), targets)
                try batchLoss.backward()
                try optimizer.step()
                try optimizer.zeroGrad()
                steps += 1
                smoothed = 0.98 * smoothed + 0.02 * (try batchLoss.item().doubleValue)
                done += 1
                progress?.update(done)
                try TensorContext.current.interruptionCheck?()
            }
            let trainLoss = steps == 0 ? Double.nan : smoothed / (1 - pow(0.98, Double(steps)))
            setTraining(false)
            let validation = try validate {
                done += 1
                progress?.update(done)
            }
            let values = [trainLoss] + validation
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            recorder.values.append(values)
            recorder.durations.append(seconds)
            table.append(epoch: epoch, values: values, seconds: seconds)
            report(table)
        }
        return table
    }

    /// The validation loss and metrics, averaged over items (each batch weighted by its size); `afterBatch` runs
    /// as each batch is measured.
    private func validate(afterBatch: () -> Void) throws -> [Double] {
        try noGrad {
            var totals = [Double](repeating: 0, count: 1 + metrics.count)
            var count = 0
            let nextValid = try validBatches.makePass()
            while let (inputs, targets) = try nextValid() {
                let predictions = try model(inputs)
                let size = inputs.shape.first ?? 1
                totals[0] += try loss(predictions, targets).item().doubleValue * Double(size)
                for (index, metric) in metrics.enumerated() {
                    totals[index + 1] += try metric.compute(predictions, targets).item().doubleValue * Double(size)
                }
                count += size
                afterBatch()
                try TensorContext.current.interruptionCheck?()
            }
            return totals.map { count == 0 ? .nan : $0 / Double(count) }
        }
    }
}
