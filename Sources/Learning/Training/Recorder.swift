/// What `Learner.fit` measured, one row per epoch (fast.ai's `learn.recorder`).
public final class Recorder {
    /// The column names after `epoch`: `train_loss`, `valid_loss`, then each metric's name.
    public internal(set) var names: [String] = []
    /// Per epoch: the train loss, the valid loss, then each metric (`learn.recorder.values`).
    public internal(set) var values: [[Double]] = []
    /// Per epoch, the wall-clock seconds it took.
    public internal(set) var durations: [Double] = []

    /// An empty record.
    public init() {}
}
