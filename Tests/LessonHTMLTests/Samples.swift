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

    /// Two epochs of fast.ai's table.
    static let training = TrainingTable(
        columns: ["epoch", "train_loss", "valid_loss", "batch_accuracy", "time"],
        rows: [
            ["0", "0.636857", "0.503549", "0.495584", "00:00"], ["1", "0.523170", "0.214986", "0.813543", "00:00"],
        ])
}
