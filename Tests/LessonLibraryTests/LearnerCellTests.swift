import LessonDisplay
import LessonLibrary
import LessonScript
import Testing

/// fast.ai's learner as cells use it on chapter 13's kind of model: fit with a positional learning rate, the
/// one-cycle fit, the LR finder, the summary, activation statistics and the training figures.
@Suite struct LearnerCellTests {
    private let lesson = LessonLibrary.makeLesson(seed: 7)
    private var line = 1

    /// Runs a cell as a lesson does: its printed text and value, then its figures' text forms; or its error.
    private mutating func run(_ source: String) -> String {
        let result = lesson.session.run(source, origin: SourceOrigin(file: "t.md", line: line))
        line += 10
        let text = result.printed + (result.valueText.map { $0 + "\n" } ?? "")
        let displays = lesson.displays.finishCell(text: text)
        if let error = result.error { return "error: \(error.message)" }
        return displays.text
    }

    /// A small CNN on random 8x8 images of two classes, with a learner of `cbs`.
    private mutating func makeLearner(cbs: String = "[]") {
        let setup = run(
            """
            let xs = randn([64, 1, 8, 8])
            let ys = (xs.mean([1, 2, 3]) > 0).long()
            let dls = DataLoaders(
                DataLoader(Array(zip(xs, ys)), batchSize: 16, shuffle: true), DataLoader(Array(zip(xs, ys)), batchSize: 32))
            func conv(_ ni: Int, _ nf: Int, act: Bool = true) -> Module {
                let layer = Conv2d(ni, nf, kernelSize: 3, stride: 2, padding: 1)
                return act ? Sequential(layer, BatchNorm2d(nf), ReLU()) : Sequential(layer, BatchNorm2d(nf))
            }
            let model = Sequential(conv(1, 4), conv(4, 8), conv(8, 2, act: false), Flatten())
            let learn = Learner(dls, model, lossFunc: crossEntropy, metrics: accuracy, cbs: \(cbs))
            """)
        #expect(setup == "", "\(setup)")
    }

    @Test mutating func fitTakesTheLearningRateByPositionOrLabel() {
        makeLearner()
        let table = run("learn.fit(1, 0.06)")
        #expect(table.hasPrefix("epoch     train_loss  valid_loss  accuracy  time\n0  "), "\(table)")
        #expect(run("learn.opt!").hasPrefix("Adam(lr=0.06)"))
        #expect(run("learn.fit(1, lr: 0.01)").split(separator: "\n").count == 2)
        #expect(run("learn.fit(1, 0.1, lr: 0.2)") == "error: fit: give the learning rate once")
        #expect(run("learn.recorder.values.count") == "1\n", "the recorder holds the last fit")
    }

    /// fast.ai heads a metric's column with its Python function's name: a cell's `batchAccuracy` is the book's
    /// `batch_accuracy`.
    @Test mutating func theEpochTableNamesACellMetricAsFastaiDoes() {
        makeLearner()
        let defined = run(
            """
            func batchAccuracy(_ xb: Tensor, _ yb: Tensor) -> Tensor { (xb.argmax(1) == yb).float().mean() }
            func errorRate2(_ xb: Tensor, _ yb: Tensor) -> Tensor { 1 - batchAccuracy(xb, yb) }
            let named = Learner(dls, model, lossFunc: crossEntropy, metrics: [batchAccuracy, errorRate2, accuracy])
            """)
        #expect(defined == "", "\(defined)")
        let table = run("named.fit(1, 0.01)")
        #expect(
            table.hasPrefix("epoch     train_loss  valid_loss  batch_accuracy  error_rate2  accuracy  time\n"),
            "\(table)")
        #expect(run("named.recorder.metricNames.count") == "7\n")
    }

    @Test mutating func oneCycleRecordsItsScheduleAndPlotsIt() {
        makeLearner()
        #expect(run("learn.recorder.plotSched()").hasPrefix("error: plotSched: no schedule was recorded"))
        let table = run("learn.fitOneCycle(2, lrMax: 0.06)")
        #expect(table.split(separator: "\n").count == 3, "\(table)")
        #expect(
            run("let lrs = learn.recorder.hps[\"lr\"]!\n(lrs.count, lrs.max()! > 0.059, lrs.first! < 0.003)")
                == "(8, true, true)\n")
        #expect(run("learn.recorder.hps[\"mom\"]!.min()!") == "0.85\n")
        #expect(run("learn.recorder.plotSched()").hasPrefix("[figure 1x2: 2 series #"))
        #expect(run("learn.fitOneCycle(1, 0.01)").split(separator: "\n").count == 2, "positional lrMax")
        #expect(run("learn.recorder.plotLoss(skipStart: 0)").hasPrefix("[figure: 2 series #"))
    }

    @Test mutating func lrFindPlotsAndSuggestsWithoutChangingTheModel() {
        makeLearner()
        _ = run("let before = model.parameters().map { $0.clone() }")
        let found = run("learn.lrFind()")
        let lines = found.split(separator: "\n")
        #expect(
            lines.count == 2 && lines[0].hasPrefix("SuggestedLRs(valley=") && lines[1].hasPrefix("[figure: 2 series"),
            "\(found)")
        #expect(run("zip(before, model.parameters()).allSatisfy { ($0 == $1).all().item() }") == "true\n")
        #expect(run("learn.recorder.lrs.count <= 100 && learn.recorder.lrs.first! == 1e-07") == "true\n")
        #expect(run("learn.lrFind(showPlot: false).valley > 0") == "true\n")
    }

    @Test mutating func summaryPrintsFastaisTableAndReturnsNothing() {
        makeLearner(cbs: "[ActivationStats(withHist: true)]")
        let summary = run("learn.summary()")
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Sequential (Input shape: 16 x 1 x 8 x 8)", "\(summary)")
        #expect(lines.contains("                     16 x 4 x 4 x 4"))
        #expect(lines.contains("Conv2d                                    40         True"))
        #expect(lines.contains("BatchNorm2d                               8          True"))
        #expect(summary.contains("Total params: 510\n"))
        #expect(
            summary.contains("Optimizer used: <function Adam>\nLoss function: <function crossEntropy>\n\nCallbacks:\n"))
        #expect(summary.hasSuffix("  - ActivationStats\n  - TrainEvalCallback\n  - Recorder\n  - ProgressCallback\n"))
    }

    @Test mutating func activationStatsDrawLayerStatsAndTheColorfulDimension() {
        makeLearner(cbs: "[ActivationStats(withHist: true)]")
        _ = run("learn.fit(2, 0.01)")
        #expect(run("learn.activationStats.plotLayerStats(0)").hasPrefix("[figure 1x3: 3 series #"))
        #expect(run("learn.activationStats.colorDim(-2)").hasPrefix("[figure: 1 image #"))
        #expect(run("learn.activationStats.hist(-2).shape") == "[40, 8]\n")
        #expect(run("learn.activationStats.layerStats(5).0.count") == "8\n")
        #expect(run("learn.activationStats.layerStats(6)").hasPrefix("error: layer index 6 is out of range: 6 layers"))
    }

    @Test mutating func aLearnerWithoutActivationStatsSaysSo() {
        makeLearner()
        #expect(run("learn.activationStats").hasPrefix("error: this Learner has no ActivationStats"))
        #expect(run("learn.model[0][0]") == "Conv2d(1, 4, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))\n")
        #expect(run("toCpu(xs).shape") == "[64, 1, 8, 8]\n")
    }

    @Test mutating func optimizersOfTheLearner() {
        makeLearner()
        _ = run("let sgdLearn = Learner(dls, model, optFunc: SGD, lossFunc: crossEntropy)")
        _ = run("sgdLearn.fit(1, 0.1)")
        #expect(run("sgdLearn.opt!") == "SGD(lr=0.1)\n")
        #expect(
            run("let adam = Adam(model.parameters(), lr: 0.01, wd: 0)\n(adam.mom, adam.sqrMom, adam.eps, adam.wd)")
                == "(0.9, 0.99, 1e-05, 0.0)\n")
        #expect(run("SGD(model.parameters(), lr: 0.1, mom: 0.9).mom") == "0.9\n")
    }
}
