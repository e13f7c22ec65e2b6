import Foundation
import LessonDisplay

/// Small rich outputs for the renderer's tests.
enum Samples {
    /// A 4x3 ramp, titled.
    static let ramp = try! ImageDisplay(
        width: 4, height: 3, channels: 1, samples: .doubles((0..<12).map { Double($0) / 11 }), title: "ramp <4x3>")

    /// A 2x2 image in viridis: purple and yellow corners, easy to find in a screenshot.
    static let viridis = try! ImageDisplay(
        width: 2, height: 2, channels: 1, samples: .doubles([0, 1, 1, 0]), colourMap: .viridis)

    /// The book's pixel table, in small.
    static let pixels = try! TableDisplay(
        rows: 2, columns: 3, values: [0, 128, 255, 3, 200, 17], isIntegral: true, colourMap: .greys, fontSize: 6)

    /// A parabola with a red point, titled and labelled.
    static let parabola: Figure = {
        let xs = (0..<9).map { -2 + Double($0) / 2 }
        return Figure(
            Axes(
                series: [
                    Axes.Series(kind: .line, xs: xs, ys: xs.map { $0 * $0 }, label: "x**2"),
                    Axes.Series(kind: .scatter, xs: [-1.5], ys: [2.25], colour: Colour(matplotlibName: "red")),
                ], title: "A parabola", xLabel: "x", yLabel: "x**2"))
    }()

    /// A 1x3 figure 12 by 3 inches: an LR finder's curve on a log axis with its marked valley, a line with
    /// set y limits, and an image without axis (as `colorDim` draws it).
    static let grid: Figure = {
        var figure = Figure(rows: 1, columns: 3, size: FigureSize(width: 12, height: 3))
        let lrs = (0..<20).map { 1e-7 * pow(10, Double($0) * 8 / 19) }
        figure.axes[0].series = [
            Axes.Series(kind: .line, xs: lrs, ys: lrs.map { 2 - log10($0) / 10 }),
            Axes.Series(kind: .scatter, xs: [1e-3], ys: [2.3], colour: Axes.defaultCycle[1], label: "valley"),
        ]
        figure.axes[0].xScale = .log
        (figure.axes[0].xLabel, figure.axes[0].yLabel) = ("Learning Rate", "Loss")
        figure.axes[1].series = [Axes.Series(kind: .line, xs: [0, 1, 2], ys: [-100, 50, 0])]
        figure.axes[1].yLimits = -300...100
        figure.axes[1].title = "std"
        figure.axes[2].image = viridis
        figure.axes[2].showsAxis = false
        return figure
    }()

    /// Two epochs of fast.ai's table.
    static let training = TrainingTable(
        columns: ["epoch", "train_loss", "valid_loss", "batch_accuracy", "time"],
        rows: [
            ["0", "0.636857", "0.503549", "0.495584", "00:00"], ["1", "0.523170", "0.214986", "0.813543", "00:00"],
        ])
}
