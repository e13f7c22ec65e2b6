import Learning
import LessonDisplay
import LessonScript
import Tensors

/// `Callback`, the class a cell's callbacks inherit from (its events, which do nothing, `learn` and `order`), and
/// `ActivationStats(withHist: true)` with what it recorded: `learn.activationStats.plotLayerStats(0)`,
/// `.colorDim(-2)`, `.layerStats(i)`, `.hist(i)`.
func registerCallbacks(in table: BindingTable) {
    let callback = table.type(Callback.self, name: "Callback")
    let events: [(String, (Callback) -> () throws -> Void)] = [
        ("beforeFit", Callback.beforeFit), ("beforeEpoch", Callback.beforeEpoch), ("beforeTrain", Callback.beforeTrain),
        ("beforeBatch", Callback.beforeBatch), ("afterPred", Callback.afterPred), ("afterLoss", Callback.afterLoss),
        ("afterBatch", Callback.afterBatch), ("afterTrain", Callback.afterTrain),
        ("beforeValidate", Callback.beforeValidate), ("afterValidate", Callback.afterValidate),
        ("afterEpoch", Callback.afterEpoch), ("afterFit", Callback.afterFit),
    ]
    for (name, event) in events {
        callback.method(name + "()") { callback, _ in
            try event(callback)()
            return .void
        }
    }
    callback.property("learn") { callback in
        guard let learner = callback.learn else {
            throw BindingError("'\(className(of: callback))' is not one of a Learner's callbacks ('cbs:')")
        }
        return .native(learner)
    }
    callback.property("order") { .int($0.order) }
    callback.display { "\(className(of: $0))()" }
    // The learner's own callbacks and its schedulers, so that `learn.cbs` shows them by name.
    table.type(TrainEvalCallback.self, name: "TrainEvalCallback", parent: Callback.self)
    table.type(ProgressCallback.self, name: "ProgressCallback", parent: Callback.self)
    table.type(ParamScheduler.self, name: "ParamScheduler", parent: Callback.self)
    table.type(LRFinder.self, name: "LRFinder", parent: ParamScheduler.self)

    let stats = table.type(ActivationStats.self, name: "ActivationStats", parent: Callback.self)
    stats.initializer("init(withHist?:)") { call in
        .native(ActivationStats(withHist: try call["withHist"]?.asBool() ?? false))
    }
    stats.property("withHist") { .bool($0.withHist) }
    stats.method("layerStats(_:)") { stats, call in
        let (means, stds, nearZero) = try layerStats(stats, call.value(0).asInt())
        return .tuple(TupleValue([means, stds, nearZero].map { .array($0.map(Value.double)) }))
    }
    stats.method("hist(_:)") { stats, call in
        .native(try bindingErrors { try stats.hist(call.value(0).asInt()) })
    }
    stats.method("plotLayerStats(_:)") { stats, call in
        let (means, stds, nearZero) = try layerStats(stats, call.value(0).asInt())
        DisplayLog.current?.newFigure(TrainingFigures.layerStats(means: means, stds: stds, nearZero: nearZero))
        return .void
    }
    stats.method("colorDim(_:figsize?:)") { stats, call in
        let hist = try bindingErrors { try stats.hist(call.value(0).asInt()) }
        let figure = try TrainingFigures.colorDim(hist, size: call.figureSize("figsize"))
        DisplayLog.current?.newFigure(figure)
        return .void
    }
}

/// `stats.layerStats(i)`, its errors as cell errors.
private func layerStats(_ stats: ActivationStats, _ index: Int) throws -> ([Double], [Double], [Double]) {
    try bindingErrors { try stats.layerStats(index) }
}

/// Runs `body`, giving an `ActivationStats` error its message as a cell error.
private func bindingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ActivationStatsError {
        throw BindingError(error.description)
    }
}

/// `learn.recorder`: `values`, `names`, `metricNames`, `lrs`, `losses`, `iters`, `hps`, and fast.ai's
/// `plotLoss()` (on the current axes) and `plotSched()` (a new figure).
func registerRecorder(in table: BindingTable) {
    let recorder = table.type(Recorder.self, name: "Recorder", parent: Callback.self)
    recorder.property("values") { .array($0.values.map { .array($0.map(Value.double)) }) }
    recorder.property("names") { .array($0.names.map(Value.string)) }
    recorder.property("metricNames") { .array($0.metricNames.map(Value.string)) }
    recorder.property("lrs") { .array($0.lrs.map(Value.double)) }
    recorder.property("losses") { .array($0.losses.map(Value.double)) }
    recorder.property("iters") { .array($0.iters.map(Value.int)) }
    recorder.property("hps") { recorder in
        .dictionary(
            .init(
                uniqueKeysWithValues: recorder.hyperparameters.map {
                    (.string($0.name), .array($0.values.map(Value.double)))
                }))
    }
    recorder.method("plotLoss(skipStart?:withValid?:)") { recorder, call in
        let lines = TrainingFigures.lossCurves(
            recorder, skipStart: try call["skipStart"]?.asInt() ?? 5, withValid: try call["withValid"]?.asBool() ?? true
        )
        DisplayLog.current?.drawCurrentAxes { $0.series += lines }
        return .void
    }
    recorder.method("plotSched()") { recorder, _ in
        guard !recorder.hyperparameters.isEmpty else {
            throw BindingError(
                "plotSched: no schedule was recorded (fitOneCycle records the learning rate and momentum)")
        }
        DisplayLog.current?.newFigure(TrainingFigures.schedule(recorder.hyperparameters))
        return .void
    }
}
