import Foundation
import Tensors

/// fast.ai's `Recorder`, the callback behind `learn.recorder`: during each `fit` it keeps every training batch's
/// learning rate and smoothed loss, and for every epoch the smoothed training loss, the validation loss and the
/// metrics (averaged over items), which make a row of the epoch table. Everything is reset when a fit starts.
///
/// The smoothed loss is fast.ai's: an exponential moving average of the batch losses (beta 0.98), debiased,
/// carried across the epochs of one fit.
///
/// ```swift
/// try learn.fit(3, lr: 0.1)
/// learn.recorder.values.last   // [train_loss, valid_loss, accuracy]
/// learn.recorder.losses        // the smoothed loss after every training batch
/// ```
public final class Recorder: Callback {
    /// The column names after `epoch`: `train_loss`, `valid_loss`, then each metric's name.
    public private(set) var names: [String] = []
    /// Per epoch: the train loss, the valid loss, then each metric (`learn.recorder.values`).
    public private(set) var values: [[Double]] = []
    /// Per epoch, the wall-clock seconds it took.
    public private(set) var durations: [Double] = []
    /// The learning rate of every training batch (`recorder.lrs`).
    public private(set) var lrs: [Double] = []
    /// The smoothed loss after every training batch (`recorder.losses`).
    public private(set) var losses: [Double] = []
    /// After each epoch, the number of training batches so far (`recorder.iters`): where the epochs end on the
    /// axis of `losses`.
    public private(set) var iters: [Int] = []
    /// The scheduled hyper-parameters of the last scheduled fit, batch by batch (`recorder.hps`): `lr` and `mom`.
    public internal(set) var hyperparameters: [(name: String, values: [Double])] = []
    /// The epoch table of the current or last fit.
    public private(set) var table = EpochTable(valueNames: [])

    private var smoothLoss = SmoothLoss()
    private var validTotals: [Double] = []
    private var validCount = 0
    private var row: [Double] = []
    private var cancelled: Set<Cancellation> = []
    private var epochStart: UInt64 = 0

    /// fast.ai's order: after the model, loss and step; before the schedulers and the progress bar.
    public override var order: Int { 50 }

    /// `["epoch", "train_loss", "valid_loss", <metrics>, "time"]` (`recorder.metric_names`).
    public var metricNames: [String] { ["epoch"] + names + ["time"] }

    public override func beforeFit() throws {
        guard let learn else { return }
        names = ["train_loss", "valid_loss"] + learn.metrics.map(\.name)
        (values, durations, lrs, losses, iters) = ([], [], [], [], [])
        table = EpochTable(valueNames: names)
        smoothLoss = SmoothLoss()
    }

    public override func beforeEpoch() throws {
        cancelled = []
        row = []
        epochStart = DispatchTime.now().uptimeNanoseconds
    }

    public override func beforeValidate() throws {
        validTotals = [Double](repeating: 0, count: 1 + (learn?.metrics.count ?? 0))
        validCount = 0
    }

    public override func afterBatch() throws {
        guard let learn, let loss = learn.loss, let targets = learn.targets else { return }
        if learn.training {
            smoothLoss.add(try loss.item().doubleValue)
            lrs.append(learn.optimizer?.lr ?? .nan)
            losses.append(smoothLoss.value)
            learn.smoothLoss = smoothLoss.value
            return
        }
        let size = Double(targets.shape.first ?? 1)
        validTotals[0] += try loss.item().doubleValue * size
        if let predictions = learn.predictions {
            for (index, metric) in learn.metrics.enumerated() {
                validTotals[index + 1] += try metric.compute(predictions, targets).item().doubleValue * size
            }
        }
        validCount += Int(size)
    }

    public override func afterCancel(_ stage: Cancellation) throws {
        cancelled.insert(stage)
    }

    public override func afterTrain() throws {
        guard !cancelled.contains(.train) else { return }
        row.append(smoothLoss.count == 0 ? .nan : smoothLoss.value)
    }

    public override func afterValidate() throws {
        guard !cancelled.contains(.validate) else { return }
        row += validTotals.map { validCount == 0 ? .nan : $0 / Double(validCount) }
    }

    public override func afterEpoch() throws {
        guard let learn else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - epochStart) / 1e9
        values.append(row)
        durations.append(seconds)
        table.append(epoch: learn.epoch, values: row, seconds: seconds)
        learn.log(table)
        iters.append(smoothLoss.count)
    }
}

/// fast.ai's `AvgSmoothLoss`: an exponential moving average with beta 0.98, divided by `1 - beta^count` so that
/// the first values are not pulled towards 0.
struct SmoothLoss {
    private(set) var count = 0
    private var average = 0.0
    static let beta = 0.98

    mutating func add(_ loss: Double) {
        count += 1
        average = Self.beta * average + (1 - Self.beta) * loss
    }

    var value: Double { average / (1 - pow(Self.beta, Double(count))) }
}
