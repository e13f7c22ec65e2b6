import Learning
import LessonDisplay
import LessonScript
import Tensors

/// `Learner(dls, model, optFunc: SGD, lossFunc: mnistLoss, metrics: batchAccuracy)`, `learn.fit(10, lr: 1.0)`
/// printing fast.ai's epoch table (and reporting its epochs' batches to `progress`), and `learn.recorder.values`.
func registerLearner(in table: BindingTable, progress: (any ProgressReporter)?) {
    let learner = table.type(Learner.self, name: "Learner")
    learner.initializer("init(_:_:optFunc?:lossFunc:metrics?:)") { call in
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
                setTraining: { model.train($0) }))
    }
    learner.method("fit(_:lr:)") { learner, call in
        let table = try learner.fit(call.value(0).asInt(), lr: call.value(1).asDouble(), progress: progress)
        call.display(.trainingTable(TrainingTable(columns: table.names, rows: table.rows)))
        return .void
    }
    learner.property("recorder") { .native($0.recorder) }

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

/// How the learner makes its optimizer: the library's `SGD` (the default), or any cell function or class called
/// with `(parameters, lr)` whose result has `step()` and `zeroGrad()`.
private func optimizerMaker(_ value: Value?, call: BindingCall) -> ([Tensor], Double) throws -> Learner.Optimizer {
    if value == nil || value?.isNativeType(named: "SGD") == true {
        return { parameters, lr in
            let optimizer = SGD(parameters, lr: lr)
            return Learner.Optimizer(
                step: { try optimizer.step() }, zeroGrad: { optimizer.zeroGrad() },
                setLearningRate: { optimizer.lr = $0 })
        }
    }
    return { parameters, lr in
        guard let value else { throw BindingError("missing optFunc") }
        let optimizer = try call.callFunction(value, [.array(parameters.map { .native($0) }), .double(lr)])
        return Learner.Optimizer(
            step: { _ = try call.callMethod(optimizer, "step") },
            zeroGrad: { _ = try call.callMethod(optimizer, "zeroGrad") },
            setLearningRate: { _ in })
    }
}

extension Value {
    /// Whether this value names the library type `name` (as `optFunc: SGD` does).
    func isNativeType(named name: String) -> Bool {
        if case .type(let reference) = self { return reference.name == name }
        return false
    }
}
