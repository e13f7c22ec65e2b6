import Learning
import LessonDisplay
import LessonScript
import Tensors

/// `Learner(dls, model, optFunc: SGD, lossFunc: mnistLoss, metrics: batchAccuracy, cbs: [MyCallback()])`,
/// `learn.fit(10, lr: 1.0)` printing fast.ai's epoch table (and reporting its epochs' batches to `progress`),
/// `learn.recorder.values`, what a callback reads of the learner (`training`, `epoch`, `loss`...), and `Callback`.
func registerLearner(in table: BindingTable, progress: (any ProgressReporter)?) {
    registerCallback(in: table)
    let learner = table.type(Learner.self, name: "Learner")
    learner.initializer("init(_:_:optFunc?:lossFunc:metrics?:cbs?:)") { call in
        let loaders = try call.value(0).asNative(DataLoaders<Value>.self)
        let model = try call.value(1).asNative(Module.self)
        let lossFunction = try call.value(3)
        let metrics = try metricFunctions(call["metrics"]).map { function in
            Learner.Metric(name: functionName(function)) { predictions, targets in
                try call.callFunction(function, [.native(predictions), .native(targets)]).asTensor()
            }
        }
        return .native(
            Learner(
                train: batches(of: loaders.train), valid: batches(of: loaders.valid), model: { try model($0) },
                parameters: { model.parameters() },
                loss: { predictions, targets in
                    try call.callFunction(lossFunction, [.native(predictions), .native(targets)]).asTensor()
                },
                metrics: metrics, makeOptimizer: optimizerMaker(call["optFunc"], call: call),
                setTraining: { model.train($0) },
                callbacks: try (call["cbs"]?.asArray() ?? []).map { try $0.asNative(Callback.self) }, module: model))
    }
    learner.method("fit(_:lr:)") { learner, call in
        let table = try learner.fit(call.value(0).asInt(), lr: call.value(1).asDouble(), progress: progress)
        call.display(.trainingTable(TrainingTable(columns: table.names, rows: table.rows)))
        return .void
    }
    learner.property("recorder") { .native($0.recorder) }
    learner.property("training") { .bool($0.training) }
    learner.property("epoch") { .int($0.epoch) }
    learner.property("nEpoch") { .int($0.epochCount) }
    learner.property("iter") { .int($0.iteration) }
    learner.property("nIter") { .int($0.iterationCount) }
    learner.property("xb") { .optional($0.inputs.map(Value.native)) }
    learner.property("yb") { .optional($0.targets.map(Value.native)) }
    learner.property("pred") { .optional($0.predictions.map(Value.native)) }
    learner.property("loss") { .optional($0.loss.map(Value.native)) }
    learner.property("model") { .optional($0.module.map(Value.native)) }
    learner.property("opt") { .optional($0.optimizer.map(Value.native)) }
    learner.property("cbs") { .array($0.callbacks.map(Value.native)) }

    let recorder = table.type(Recorder.self, name: "Recorder")
    recorder.property("values") { .array($0.values.map { .array($0.map(Value.double)) }) }
    recorder.property("names") { .array($0.names.map(Value.string)) }
}

/// A loader's `(inputs, targets)` batches, for the learner.
private func batches(of loader: DataLoader<Value>) -> Learner.Batches {
    Learner.Batches(count: loader.batchCount) {
        var iterator = try loader.makeIterator()
        return {
            guard let batch = try iterator.next() else { return nil }
            guard case .tuple(let pair) = batch, pair.elements.count == 2 else {
                throw BindingError("a Learner needs batches of (inputs, targets)")
            }
            return (try pair.elements[0].asTensor(), try pair.elements[1].asTensor())
        }
    }
}

/// The metric functions given as one function or an array of them.
private func metricFunctions(_ value: Value?) throws -> [Value] {
    guard let value else { return [] }
    if case .array(let functions) = value { return functions }
    return [value]
}

/// A function's name for the epoch table's column.
private func functionName(_ value: Value) -> String {
    if case .function(let function) = value { return function.name }
    return "metric"
}

/// How the learner makes its optimizer: the library's `SGD` (the default), a class (the library's, or a cell's,
/// which is called as fast.ai calls `opt_func(params, lr=lr)`), or a cell function called with
/// `(parameters, lr)`; a result that is not an `Optimizer` but has `step()` and `zeroGrad()` works too.
private func optimizerMaker(_ value: Value?, call: BindingCall) -> ([Tensor], Double) throws -> Optimizer {
    guard let value, !value.isNativeType(named: "SGD") else { return { SGD($0, lr: $1) } }
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

/// `Callback`, the class a cell's callbacks inherit from: its events (which do nothing) and `learn`.
private func registerCallback(in table: BindingTable) {
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
    callback.display { "\(className(of: $0))()" }
}

extension Value {
    /// Whether this value names the library type `name` (as `optFunc: SGD` does).
    func isNativeType(named name: String) -> Bool {
        if case .type(let reference) = self { return reference.name == name }
        return false
    }
}
