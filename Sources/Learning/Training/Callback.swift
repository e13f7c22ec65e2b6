/// A fast.ai callback: an object the `Learner` tells about each stage of training, to record, print or change
/// what happens. Subclasses override the events they need; inside, `learn` is the learner, whose `training`,
/// `epoch`, `iter`, `loss`, `pred`, `xb` and `yb` describe the moment.
///
/// The events, in the order `fit` sends them: `beforeFit`; for each epoch `beforeEpoch`, `beforeTrain`, for
/// each training batch `beforeBatch`, `afterPred`, `afterLoss` (then the backward pass and the step),
/// `afterBatch`; `afterTrain`, `beforeValidate`, the same batch events for each validation batch,
/// `afterValidate`, `afterEpoch`; and at the end `afterFit`.
///
/// ```swift
/// final class LossPrinter: Callback {
///     override func afterLoss() throws {
///         if let learn, learn.training { print(try learn.loss?.item() ?? 0) }
///     }
/// }
/// ```
open class Callback {
    /// The learner this callback belongs to, set when the learner is made.
    public internal(set) weak var learn: Learner?

    /// A callback that does nothing until a subclass overrides its events.
    public init() {}

    /// Before the first epoch.
    open func beforeFit() throws {}
    /// At the start of each epoch.
    open func beforeEpoch() throws {}
    /// Before the training batches of an epoch.
    open func beforeTrain() throws {}
    /// Before each batch, training or validation.
    open func beforeBatch() throws {}
    /// After the model's predictions for a batch (`learn.pred`).
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
}
