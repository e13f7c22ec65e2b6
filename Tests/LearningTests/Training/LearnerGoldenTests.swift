import Testing

@testable import Learning
@testable import Tensors

/// A `Learner` against fast.ai's: the same model, weights and unshuffled batches, trained by `fitOneCycle`, swept
/// by `lrFind`, and described by `summary()`.
@Suite struct LearnerGoldenTests {
    /// Chapter 13's `conv` blocks made small: 8x8 images, three classes.
    static func smallCNN() throws -> Sequential {
        func conv(_ ni: Int, _ nf: Int, act: Bool = true) throws -> Sequential {
            let layers: [Module] = [try Conv2d(ni, nf, kernelSize: 3, stride: 2, padding: 1), try BatchNorm2d(nf)]
            return Sequential(act ? layers + [ReLU()] : layers)
        }
        return Sequential(try conv(1, 4), try conv(4, 8), try conv(8, 3, act: false), Flatten())
    }

    /// Chapter 13's first `simple_cnn`, for the 3s and 7s.
    static func firstCNN() throws -> Sequential {
        func conv(_ ni: Int, _ nf: Int, act: Bool = true) throws -> Module {
            let layer = try Conv2d(ni, nf, kernelSize: 3, stride: 2, padding: 1)
            return act ? Sequential(layer, ReLU()) : layer
        }
        return Sequential(
            try conv(1, 4), try conv(4, 8), try conv(8, 16), try conv(16, 32), try conv(32, 2, act: false), Flatten())
    }

    /// Batches of `size` in order, as fast.ai's unshuffled `DataLoader`.
    static func batches(_ x: Tensor, _ y: Tensor, size: Int) -> Learner.Batches {
        let count = (x.shape[0] + size - 1) / size
        return Learner.Batches(count: count) {
            var index = 0
            return {
                guard index < count else { return nil }
                defer { index += 1 }
                let length = Swift.min(size, x.shape[0] - index * size)
                return (try x.narrow(0, index * size, length), try y.narrow(0, index * size, length))
            }
        }
    }

    /// A learner as the script's: 16 items a batch, validated on the first 16, cross-entropy, accuracy, Adam.
    static func learner(_ model: Module, x: Tensor, y: Tensor, callbacks: [Callback] = []) throws -> Learner {
        Learner(
            train: batches(x, y, size: 16), valid: batches(try x.narrow(0, 0, 16), try y.narrow(0, 0, 16), size: 16),
            model: model, loss: { try crossEntropy($0, $1) },
            metrics: [Learner.Metric(name: "accuracy") { try accuracy($0, $1) }],
            makeOptimizer: { Adam($0, lr: $1) }, callbacks: callbacks, names: ("Adam", "cross_entropy"))
    }

    /// Every training batch's loss.
    final class BatchLosses: Callback {
        var losses: [Double] = []
        override func afterLoss() throws {
            if let learn, learn.training { losses.append(try learn.loss?.item().doubleValue ?? .nan) }
        }
    }

    @Test func oneCycleTrainingMatchesFastai() throws {
        let golden = try #require(FastaiGoldens.all?.training)
        let model = try Self.smallCNN()
        try loadState(golden.initial, into: model)
        let losses = BatchLosses()
        let stats = ActivationStats(withHist: true)
        let x = try golden.x.makeTensor()
        let y = try tensor(golden.y)
        let learn = try Self.learner(model, x: x, y: y, callbacks: [losses, stats])
        try learn.fitOneCycle(3, lrMax: 0.05)

        expectClose(losses.losses, golden.batchLosses, relative: 1e-4, "batch losses")
        expectClose(learn.recorder.losses, golden.smoothLosses, relative: 1e-4, "smoothed losses")
        expectClose(learn.recorder.lrs, golden.lrs, relative: 1e-9, "learning rates")
        var schedules: [String: [Double]] = [:]
        for (name, values) in learn.recorder.hyperparameters { schedules[name] = values }
        #expect(schedules.keys.sorted() == golden.hps.keys.sorted())
        for (name, values) in golden.hps { expectClose(schedules[name] ?? [], values, relative: 1e-9, "hps[\(name)]") }
        #expect(learn.recorder.metricNames == golden.metricNames)
        #expect(learn.recorder.iters == golden.iters)
        #expect(learn.recorder.values.count == golden.values.count)
        for (epoch, (row, expected)) in zip(learn.recorder.values, golden.values).enumerated() {
            expectClose(row, expected, relative: 1e-4, "epoch \(epoch)")
        }
        // A convolution followed by batch norm gets a bias gradient that is zero but for rounding (batch norm
        // takes the mean away), and Adam turns that noise into small steps: those biases, the running means they
        // feed, and the convolutions' output means agree only to about 1e-3. Everything else agrees closely.
        let noisy = Set([
            "0.0.bias", "1.0.bias", "2.0.bias", "0.1.running_mean", "1.1.running_mean", "2.1.running_mean",
        ])
        #expect(stats.stats.count == golden.activationStats.count)
        for (batch, (records, expected)) in zip(stats.stats, golden.activationStats).enumerated() {
            #expect(records.count == expected.count)
            for (layer, (record, want)) in zip(records, expected).enumerated() {
                let place = "batch \(batch) layer \(layer)"
                #expect(isClose(record.mean, want.mean, relative: 1e-3, absolute: 5e-3), "\(place) mean")
                #expect(isClose(record.std, want.std, relative: 1e-3), "\(place) std")
                #expect(Swift.abs(record.nearZero - want.nearZero) < 0.01, "\(place) near zero")
                let counts = record.hist ?? []
                #expect(counts.count == 40 && want.hist.count == 40, "\(place) bins")
                #expect(zip(counts, want.hist).allSatisfy { Swift.abs($0 - $1) <= 3 }, "\(place) hist")
            }
        }
        for (name, tensor) in model.namedParameters() + model.namedBuffers() {
            if noisy.contains(name) {
                let values = try tensor.doubleElements()
                let expected = try #require(golden.final[name]).values
                #expect(zip(values, expected).allSatisfy { Swift.abs($0 - $1) < 5e-3 }, "final \(name)")
            } else {
                try expectClose(tensor, golden.final[name], relative: 1e-3, "final \(name)")
            }
        }
    }

    @Test func lrFindSweepsAndPutsTheModelBack() throws {
        let golden = try #require(FastaiGoldens.all?.lrFind)
        let training = try #require(FastaiGoldens.all?.training)
        let model = try Self.smallCNN()
        try loadState(golden.before, into: model)
        let learn = try Self.learner(
            model, x: try training.x.makeTensor(), y: try tensor(training.y))
        let found = try learn.lrFind()
        expectClose(found.lrs, golden.lrs, relative: 1e-9, "learning rates")
        // The sweep ends at learning rates where small differences grow fast: compare the first two thirds.
        expectClose(
            Array(found.losses.prefix(66)), Array(golden.losses.prefix(66)), relative: 1e-3, "smoothed losses")
        #expect(found.losses.count == golden.losses.count)
        #expect(found.valley == golden.valley)
        #expect("SuggestedLRs(valley=\(found.valley))" == golden.repr)
        for (name, tensor) in model.namedParameters() + model.namedBuffers() {
            try expectClose(tensor, golden.after[name], relative: 0, "restored \(name)")
        }
        #expect(learn.recorder.values.allSatisfy { $0.count == 1 }, "no validation during the sweep")
    }

    @Test func summaryIsFastaisTable() throws {
        let golden = try #require(FastaiGoldens.all?.summary)
        let x = try (rand([32, 1, 28, 28]) * 2 - 1)
        let y = try tensor((0..<32).map { $0 % 2 })
        let learn = try Self.learner(try Self.firstCNN(), x: x, y: y)
        // fast.ai lists a CastToTensor callback, which turns tensor subclasses into plain tensors: there are none
        // here. Trailing spaces are dropped.
        func expected(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0 != "  - CastToTensor" }
                .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
        }
        // The table's batch: 16 items.
        #expect(try learn.summary() == expected(golden.beforeFit))
        try learn.fitOneCycle(1, lrMax: 0.01)
        #expect(try learn.summary() == expected(golden.afterFit))
        #expect(learn.model.training == false, "summary leaves the model in evaluation mode, as fast.ai")
    }

    @Test func accuracyIsTheShareOfRightArgmaxes() throws {
        let predictions = try tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
        #expect(try accuracy(predictions, tensor([1, 1, 1, 0])).item().doubleValue == 0.75)
        #expect(throws: TensorError.self) { try accuracy(predictions, tensor([1, 1])) }
    }
}
