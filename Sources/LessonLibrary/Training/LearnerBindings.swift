import Learning
import LessonDisplay
import LessonScript
import Tensors

/// `Learner(dls, model, optFunc: SGD, lossFunc: crossEntropy, metrics: accuracy, cbs: [ActivationStats()])`,
/// `learn.fit(10, 0.1)` (or `lr:`), `learn.fitOneCycle(5, lrMax: 0.06)` and `learn.lrFind()` (each printing or
/// drawing what fast.ai shows, and reporting their epochs' batches to `progress`), `learn.summary()`, and what
/// a callback reads of the learner (`training`, `epoch`, `loss`...).
func registerLearner(in table: BindingTable, progress: (any ProgressReporter)?) {
    registerCallbacks(in: table)
    registerRecorder(in: table)
    let learner = table.type(Learner.self, name: "Learner")
    learner.initializer("init(_:_:optFunc?:lossFunc:metrics?:cbs?:lr?:)") { call in
        let loaders = try call.value(0).asNative(DataLoaders<Value>.self)
        let model = try call.value(1).asNative(Module.self)
        let lossFunction = try call.value(3)
        let metrics = try metricFunctions(call["metrics"]).map { function in
            Learner.Metric(name: pythonName(functionName(function))) { predictions, targets in
                try call.callFunction(function, [.native(predictions), .native(targets)]).asTensor()
            }
        }
        return .native(
            Learner(
                train: batches(of: loaders.train), valid: batches(of: loaders.valid), model: model,
                loss: { predictions, targets in
                    try call.callFunction(lossFunction, [.native(predictions), .native(targets)]).asTensor()
                },
                metrics: metrics, makeOptimizer: optimizerMaker(call["optFunc"], call: call),
                callbacks: try (call["cbs"]?.asArray() ?? []).map { try $0.asNative(Callback.self) },
                lr: try call["lr"]?.asDouble() ?? Learner.defaultLearningRate,
                names: (call["optFunc"].map(functionName) ?? "Adam", functionName(lossFunction))))
    }
    learner.method("fit(_:_?:lr?:)") { learner, call in
        guard call[1] == nil || call["lr"] == nil else { throw BindingError("fit: give the learning rate once") }
        let lr = try (call[1] ?? call["lr"])?.asDouble()
        let table = try learner.fit(call.value(0).asInt(), lr: lr, progress: progress)
        call.display(.trainingTable(TrainingTable(columns: table.names, rows: table.rows)))
        return .void
    }
    learner.method("fitOneCycle(_:_?:lrMax?:div?:divFinal?:pctStart?:moms?:)") { learner, call in
        guard call[1] == nil || call["lrMax"] == nil else {
            throw BindingError("fitOneCycle: give the learning rate once")
        }
        let table = try learner.fitOneCycle(
            call.value(0).asInt(), lrMax: (call[1] ?? call["lrMax"])?.asDouble(), div: call["div"]?.asDouble() ?? 25,
            divFinal: call["divFinal"]?.asDouble() ?? 1e5, pctStart: call["pctStart"]?.asDouble() ?? 0.25,
            moms: try moms(call["moms"]), progress: progress)
        call.display(.trainingTable(TrainingTable(columns: table.names, rows: table.rows)))
        return .void
    }
    learner.method("lrFind(startLr?:endLr?:numIt?:stopDiv?:showPlot?:)") { learner, call in
        let found = try learner.lrFind(
            startLr: call["startLr"]?.asDouble() ?? 1e-7, endLr: call["endLr"]?.asDouble() ?? 10,
            numIt: call["numIt"]?.asInt() ?? 100, stopDiv: call["stopDiv"]?.asBool() ?? true, progress: progress)
        if try call["showPlot"]?.asBool() ?? true { DisplayLog.current?.newFigure(TrainingFigures.lrFinder(found)) }
        return .native(found)
    }
    learner.method("summary()") { learner, call in
        call.write(try learner.summary() + "\n")
        return .void
    }
    learner.property("model") { .native($0.model) }
    learner.property("recorder") { .native($0.recorder) }
    learner.property("opt") { .optional($0.optimizer.map(Value.native)) }
    learner.property("lr", get: { .double($0.lr) }, set: { learner, value in learner.lr = try value.asDouble() })
    learner.property("cbs") { .array($0.callbacks.map(Value.native)) }
    learner.property("activationStats") { learner in
        guard let stats = learner.callback(ActivationStats.self) else {
            throw BindingError("this Learner has no ActivationStats: make it with cbs: [ActivationStats()]")
        }
        return .native(stats)
    }
    learner.property("training") { .bool($0.training) }
    learner.property("epoch") { .int($0.epoch) }
    learner.property("nEpoch") { .int($0.epochCount) }
    learner.property("iter") { .int($0.iteration) }
    learner.property("nIter") { .int($0.iterationCount) }
    learner.property("trainIter") { .int($0.trainIteration) }
    learner.property("pctTrain") { .double($0.pctTrain) }
    learner.property("smoothLoss") { .double($0.smoothLoss) }
    learner.property("xb") { .optional($0.inputs.map(Value.native)) }
    learner.property("yb") { .optional($0.targets.map(Value.native)) }
    learner.property("pred") { .optional($0.predictions.map(Value.native)) }
    learner.property("loss") { .optional($0.loss.map(Value.native)) }

    let suggestion = table.type(LRFinderResult.self, name: "SuggestedLRs")
    suggestion.property("valley") { .double($0.valley) }
    // fast.ai's named tuple, its float as Python prints it (the shortest digits that read back the same).
    suggestion.display { "SuggestedLRs(valley=\($0.valley))" }
}

/// A loader's `(inputs, targets)` batches, for the learner.
private func batches(of loader: DataLoader<Value>) -> Learner.Batches {
    Learner.Batches(
        count: loader.batchCount,
        makePass: {
            var iterator = try loader.makeIterator()
            return { try iterator.next().map(pair) }
        },
        first: { try loader.firstInOrder().map(pair) })
}

/// A batch as `(inputs, targets)`.
private func pair(_ batch: Value) throws -> (Tensor, Tensor) {
    guard case .tuple(let pair) = batch, pair.elements.count == 2 else {
        throw BindingError("a Learner needs batches of (inputs, targets)")
    }
    return (try pair.elements[0].asTensor(), try pair.elements[1].asTensor())
}

/// The metric functions given as one function or an array of them.
private func metricFunctions(_ value: Value?) throws -> [Value] {
    guard let value else { return [] }
    if case .array(let functions) = value { return functions }
    return [value]
}

/// A function's name for the epoch table's column (and a type's, for `summary()`).
private func functionName(_ value: Value) -> String {
    switch value {
    case .function(let function): function.name
    case .type(let reference): reference.name
    default: "metric"
    }
}

/// `moms: (0.95, 0.85, 0.95)`.
private func moms(_ value: Value?) throws -> (Double, Double, Double) {
    guard let value else { return (0.95, 0.85, 0.95) }
    guard case .tuple(let tuple) = value, tuple.elements.count == 3 else {
        throw BindingError("moms: expected three momentums, (0.95, 0.85, 0.95)")
    }
    return (try tuple.elements[0].asDouble(), try tuple.elements[1].asDouble(), try tuple.elements[2].asDouble())
}

/// How the learner makes its optimizer: fast.ai's `Adam` (the default) or `SGD`, or a cell's class (called as
/// fast.ai calls `opt_func(params, lr=lr)`) or function (called with `(parameters, lr)`); a result that is not an
/// `Optimizer` but has `step()` and `zeroGrad()` works too.
private func optimizerMaker(_ value: Value?, call: BindingCall) -> ([Tensor], Double) throws -> Optimizer {
    guard let value else { return { Adam($0, lr: $1) } }
    if value.isNativeType(named: "SGD") { return { SGD($0, lr: $1) } }
    if value.isNativeType(named: "Adam") { return { Adam($0, lr: $1) } }
    return { parameters, lr in
        let arguments: [Value] = [.array(parameters.map { .native($0) }), .double(lr)]
        let labels: [String?]? = if case .type = value { [nil, "lr"] } else { nil }
        let made = try call.callFunction(value, arguments, labels: labels)
        if let optimizer = try? made.asNative(Optimizer.self) { return optimizer }
        return MethodOptimizer(made, parameters: parameters, lr: lr, call: call)
    }
}

/// An optimizer object of a cell class that does not inherit from `Optimizer`: its `step()` and `zeroGrad()`.
private final class MethodOptimizer: Optimizer {
    let object: Value
    let call: BindingCall

    init(_ object: Value, parameters: [Tensor], lr: Double, call: BindingCall) {
        self.object = object
        self.call = call
        super.init(parameters, lr: lr)
    }

    override func step() throws { _ = try call.callMethod(object, "step") }
    override func zeroGrad() throws { _ = try call.callMethod(object, "zeroGrad") }
}

extension Value {
    /// Whether this value names the library type `name` (as `optFunc: SGD` does).
    func isNativeType(named name: String) -> Bool {
        if case .type(let reference) = self { return reference.name == name }
        return false
    }
}
