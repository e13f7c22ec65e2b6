/// fast.ai's `ParamScheduler`: before every training batch, sets the optimizer's hyper-parameters to their
/// schedules' values at the position in training (`learn.pctTrain`), and records the values used; at the end of the
/// fit they become `learn.recorder.hyperparameters` (fast.ai's `recorder.hps`). `fitOneCycle` adds one for the
/// learning rate and the momentum.
///
/// ```swift
/// let scheduler = ParamScheduler([(.lr, Schedule.cosine(start: 0.1, end: 0))])
/// try learn.fit(3, callbacks: [scheduler])
/// ```
public class ParamScheduler: Callback {
    /// A hyper-parameter a schedule can move.
    public enum Hyperparameter: String, Sendable {
        /// The learning rate.
        case lr
        /// The momentum.
        case mom

        /// The optimizer's value.
        var keyPath: ReferenceWritableKeyPath<Optimizer, Double> {
            switch self {
            case .lr: \.lr
            case .mom: \.mom
            }
        }
    }

    /// The schedules, in the order they are recorded.
    public let schedules: [(Hyperparameter, Schedule)]
    /// The values set for each training batch of the current fit.
    public private(set) var recorded: [(name: String, values: [Double])] = []

    /// A scheduler of `schedules`.
    public init(_ schedules: [(Hyperparameter, Schedule)]) {
        self.schedules = schedules
    }

    public override var order: Int { 60 }
    public override var runValid: Bool { false }

    public override func beforeFit() throws {
        recorded = schedules.map { ($0.0.rawValue, []) }
    }

    public override func beforeBatch() throws {
        set(at: learn?.pctTrain ?? 0)
    }

    public override func afterBatch() throws {
        guard let optimizer = learn?.optimizer else { return }
        for (index, (parameter, _)) in schedules.enumerated() {
            recorded[index].values.append(optimizer[keyPath: parameter.keyPath])
        }
    }

    public override func afterFit() throws {
        learn?.recorder.hyperparameters = recorded
    }

    /// Sets every scheduled hyper-parameter to its value at `position`.
    func set(at position: Double) {
        guard let optimizer = learn?.optimizer else { return }
        for (parameter, schedule) in schedules { optimizer[keyPath: parameter.keyPath] = schedule(position) }
    }
}
