/// A fast.ai callback: an object the `Learner` tells about each stage of training, to record, print or change
/// what happens. Subclasses override the events they need; inside, `learn` is the learner, whose `training`,
/// `epoch`, `iteration`, `loss`, `predictions`, `inputs` and `targets` describe the moment.
///
/// The events, in the order `fit` sends them: `beforeFit`; for each epoch `beforeEpoch`, `beforeTrain`, for
/// each training batch `beforeBatch`, `afterPred`, `afterLoss` (then the backward pass and the step),
/// `afterBatch`; `afterTrain`, `beforeValidate`, the same batch events for each validation batch,
/// `afterValidate`, `afterEpoch`; and at the end `afterFit`. Callbacks hear each event in the order of their
/// ``order`` (fast.ai's: `TrainEvalCallback` -10, `Recorder` 50, `ProgressCallback` 70, others 0 by default).
/// Throwing a ``Cancellation`` skips the rest of a stage, as fast.ai's `CancelFitException` and its kin do.
///
/// ```swift
/// final class LossPrinter: Callback {
///     override func afterLoss() throws {
///         if let learn, learn.training { print(try learn.loss?.item() ?? 0) }
///     }
/// }
/// ```
open class Callback {
    /// The learner this callback belongs to, set when the learner takes it.
    public internal(set) weak var learn: Learner?

    /// A callback that does nothing until a subclass overrides its events.
    public init() {}

    /// Where the callback comes among the others at each event: lower first (fast.ai's `order`).
    open var order: Int { 0 }
    /// Whether the batch events reach it for training batches (fast.ai's `run_train`).
    open var runTrain: Bool { true }
    /// Whether the batch events reach it for validation batches (fast.ai's `run_valid`).
    open var runValid: Bool { true }
    /// The name `summary()` lists it by: its class name.
    open var typeName: String { String(describing: type(of: self)) }

    /// Before the first epoch.
    open func beforeFit() throws {}
    /// At the start of each epoch.
    open func beforeEpoch() throws {}
    /// Before the training batches of an epoch.
    open func beforeTrain() throws {}
    /// Before each batch, training or validation.
    open func beforeBatch() throws {}
    /// After the model's predictions for a batch (`learn.predictions`).
    open func afterPred() throws {}
    /// After the loss of a batch (`learn.loss`), before the backward pass of a training batch.
    open func afterLoss() throws {}
    /// After each batch (for a training batch, after the step).
    open func afterBatch() throws {}
    /// After the training batches of an epoch.
    open func afterTrain() throws {}
    /// Before the validation batches of an epoch.
    open func beforeValidate() throws {}
    /// After the validation batches of an epoch.
    open func afterValidate() throws {}
    /// At the end of each epoch, once its row of figures is recorded.
    open func afterEpoch() throws {}
    /// After the last epoch.
    open func afterFit() throws {}
    /// When a stage was cancelled, before its `after` event.
    open func afterCancel(_ stage: Cancellation) throws {}
}

/// What a callback throws to cut a stage of training short (fast.ai's `CancelBatchException`,
/// `CancelTrainException`, `CancelValidException`, `CancelEpochException`, `CancelFitException`): the learner skips
/// the rest of that stage, tells the callbacks `afterCancel(stage)`, then sends the stage's `after` event.
///
/// ```swift
/// override func beforeValidate() throws { throw Cancellation.validate }   // no validation pass
/// ```
public enum Cancellation: Error, Equatable, Sendable {
    /// The rest of one batch.
    case batch
    /// The rest of an epoch's training batches.
    case train
    /// The rest of an epoch's validation batches.
    case validate
    /// The rest of an epoch.
    case epoch
    /// The rest of the fit.
    case fit
}
