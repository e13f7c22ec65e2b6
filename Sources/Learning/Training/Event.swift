/// The events a learner sends its callbacks (fast.ai's `event`).
enum Event {
    case beforeFit, beforeEpoch, beforeTrain, beforeBatch, afterPred, afterLoss, afterBatch, afterTrain
    case beforeValidate, afterValidate, afterEpoch, afterFit

    /// Whether the event belongs to one batch (fast.ai's `_inner_loop`).
    var isBatchEvent: Bool {
        switch self {
        case .beforeBatch, .afterPred, .afterLoss, .afterBatch: true
        default: false
        }
    }

    /// Calls the callback's method for this event.
    func send(to callback: Callback) throws {
        switch self {
        case .beforeFit: try callback.beforeFit()
        case .beforeEpoch: try callback.beforeEpoch()
        case .beforeTrain: try callback.beforeTrain()
        case .beforeBatch: try callback.beforeBatch()
        case .afterPred: try callback.afterPred()
        case .afterLoss: try callback.afterLoss()
        case .afterBatch: try callback.afterBatch()
        case .afterTrain: try callback.afterTrain()
        case .beforeValidate: try callback.beforeValidate()
        case .afterValidate: try callback.afterValidate()
        case .afterEpoch: try callback.afterEpoch()
        case .afterFit: try callback.afterFit()
        }
    }
}
