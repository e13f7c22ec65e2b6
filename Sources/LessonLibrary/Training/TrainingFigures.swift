import Learning
import LessonDisplay
import LessonScript
import Tensors

/// The figures fast.ai draws of training, as its code draws them: `recorder.plot_loss`, `plot_sched`,
/// `plot_lr_find`, and `ActivationStats`' `plot_layer_stats` and `color_dim`.
enum TrainingFigures {
    /// `plot_loss`: the smoothed training loss of every batch from `skipStart` on ("train"), and the validation
    /// loss at the end of each epoch ("valid"), drawn on the current axes.
    static func lossCurves(_ recorder: Recorder, skipStart: Int, withValid: Bool) -> [Axes.Series] {
        let start = min(max(skipStart, 0), recorder.losses.count)
        var lines = [
            Axes.Series(
                kind: .line, xs: (start..<recorder.losses.count).map(Double.init),
                ys: Array(recorder.losses[start...]), label: "train")
        ]
        guard withValid else { return lines }
        let epochs = zip(recorder.iters, recorder.values).filter { $0.0 >= skipStart && $0.1.count > 1 }
        lines.append(
            Axes.Series(kind: .line, xs: epochs.map { Double($0.0) }, ys: epochs.map { $0.1[1] }, label: "valid"))
        return lines
    }

    /// `plot_sched`: one axes per scheduled hyper-parameter, two to a row, 6 by 4 inches each, the values
    /// batch by batch with the name as the y label.
    static func schedule(_ hyperparameters: [(name: String, values: [Double])]) -> Figure {
        let rows = (hyperparameters.count + 1) / 2
        let columns = min(2, hyperparameters.count)
        var figure = Figure(
            rows: rows, columns: columns, size: FigureSize(width: 6 * Double(columns), height: 4 * Double(rows)))
        for (index, (name, values)) in hyperparameters.enumerated() {
            figure.axes[index].series = [Axes.Series(kind: .line, xs: values.indices.map(Double.init), ys: values)]
            figure.axes[index].yLabel = name
        }
        return figure
    }

    /// `plot_lr_find`: the loss against the learning rate on a log axis, leaving out the last 5 batches, with the
    /// valley suggestion marked in the second colour of the cycle.
    static func lrFinder(_ found: LRFinderResult) -> Figure {
        let end = max(0, min(found.lrs.count, found.losses.count) - 5)
        var axes = Axes(xLabel: "Learning Rate", yLabel: "Loss")
        axes.xScale = .log
        axes.series = [
            Axes.Series(kind: .line, xs: Array(found.lrs[..<end]), ys: Array(found.losses[..<end])),
            Axes.Series(
                kind: .scatter, xs: [found.valleyPoint.lr], ys: [found.valleyPoint.loss], colour: Axes.defaultCycle[1],
                label: "valley"),
        ]
        return Figure(axes)
    }

    /// `plot_layer_stats`: the mean, the standard deviation and the share near zero, batch by batch, side by side
    /// (12 by 3 inches).
    static func layerStats(means: [Double], stds: [Double], nearZero: [Double]) -> Figure {
        var figure = Figure(rows: 1, columns: 3, size: FigureSize(width: 12, height: 3))
        for (index, (values, title)) in zip([means, stds, nearZero], ["mean", "std", "% near zero"]).enumerated() {
            figure.axes[index].series = [Axes.Series(kind: .line, xs: values.indices.map(Double.init), ys: values)]
            figure.axes[index].title = title
        }
        return figure
    }

    /// `color_dim`: the histograms (a `[bins, batches]` tensor of `log1p` counts) as an image, the lowest bin at
    /// the bottom (`origin='lower'`), in viridis, without axis; 10 by 5 inches unless `size` says otherwise.
    static func colorDim(_ hist: Tensor, size: FigureSize?) throws -> Figure {
        let (bins, batches) = (hist.shape[0], hist.shape[1])
        let values = try hist.doubleElements()
        let flipped = (0..<bins).reversed().flatMap { values[$0 * batches..<($0 + 1) * batches] }
        var axes = Axes()
        do {
            axes.image = try ImageDisplay(
                width: batches, height: bins, channels: 1, samples: .doubles(flipped), colourMap: .viridis)
        } catch {
            throw BindingError(error.message)
        }
        axes.showsAxis = false
        return Figure(axes, size: size ?? FigureSize(width: 10, height: 5))
    }
}
