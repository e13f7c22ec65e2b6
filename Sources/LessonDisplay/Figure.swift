/// A plot (`plotFunction`, `plot`, `scatter`, `title`, `xlabel`, `ylabel`): one set of axes holding every
/// series that a cell drew, in order, as Jupyter's inline backend shows one figure per cell.
///
/// ```swift
/// var figure = Figure(title: "sigmoid")
/// figure.series.append(Figure.Series(kind: .line, xs: xs, ys: ys))
/// figure.series.append(Figure.Series(kind: .scatter, xs: [-1.5], ys: [2.25], colour: Colour(matplotlibName: "red")))
/// figure.colour(ofSeries: 0).hex  // "#1f77b4": matplotlib's first default colour
/// figure.textForm                 // "[figure \"sigmoid\": 2 series #......]"
/// ```
public struct Figure: Sendable, Equatable {
    /// One line or set of points.
    public struct Series: Sendable, Equatable {
        /// How a series is drawn.
        public enum Kind: String, Sendable, Equatable {
            /// Points joined by straight segments (`plot`); a NaN breaks the line.
            case line
            /// Separate dots (`scatter`).
            case scatter
        }

        /// Line or dots.
        public var kind: Kind
        /// The x coordinates.
        public var xs: [Double]
        /// The y coordinates, one per x.
        public var ys: [Double]
        /// The colour asked for, or `nil` for the next colour of matplotlib's default cycle.
        public var colour: Colour?
        /// The label shown in the legend, if any.
        public var label: String?

        /// A series; `xs` and `ys` should have the same count (extra values of the longer one are ignored).
        ///
        /// ```swift
        /// Figure.Series(kind: .line, xs: [0, 1, 2], ys: [0, 1, 4], label: "x²")
        /// ```
        public init(kind: Kind, xs: [Double], ys: [Double], colour: Colour? = nil, label: String? = nil) {
            self.kind = kind
            self.xs = xs
            self.ys = ys
            self.colour = colour
            self.label = label
        }

        /// The points whose coordinates are both finite.
        public var finitePoints: [(x: Double, y: Double)] {
            zip(xs, ys).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: $0.0, y: $0.1) }
        }
    }

    /// The data extents of a figure: the smallest and largest finite coordinates over every series.
    public struct Bounds: Sendable, Equatable {
        /// The x extent.
        public var x: ClosedRange<Double>
        /// The y extent.
        public var y: ClosedRange<Double>
    }

    /// The series in drawing order.
    public var series: [Series]
    /// The title above the axes (`plt.title`, `plot_function(title:)`).
    public var title: String?
    /// The x axis label (`plt.xlabel`, `plot_function(tx:)`).
    public var xLabel: String?
    /// The y axis label (`plt.ylabel`, `plot_function(ty:)`).
    public var yLabel: String?

    /// matplotlib's default colour cycle (`tab10`): `C0`...`C9`.
    public static let defaultCycle: [Colour] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ].compactMap(Colour.init(hex:))

    /// A figure.
    ///
    /// ```swift
    /// Figure(series: [], title: "loss", xLabel: "epoch", yLabel: "loss")
    /// ```
    public init(series: [Series] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The colour series `index` is drawn in: its own, or the next of the default cycle. As in matplotlib,
    /// lines and scatters take turns separately (a `scatter` after a `plot` is blue too).
    ///
    /// ```swift
    /// figure.colour(ofSeries: 1).hex
    /// ```
    public func colour(ofSeries index: Int) -> Colour {
        let target = series[index]
        if let colour = target.colour { return colour }
        let turn = series[..<index].filter { $0.kind == target.kind && $0.colour == nil }.count
        return Self.defaultCycle[turn % Self.defaultCycle.count]
    }

    /// The extents of every finite point, or `nil` when there is none.
    public var bounds: Bounds? {
        let points = series.flatMap(\.finitePoints)
        guard let first = points.first else { return nil }
        var bounds = Bounds(x: first.x...first.x, y: first.y...first.y)
        for point in points.dropFirst() {
            bounds.x = min(bounds.x.lowerBound, point.x)...max(bounds.x.upperBound, point.x)
            bounds.y = min(bounds.y.lowerBound, point.y)...max(bounds.y.upperBound, point.y)
        }
        return bounds
    }

    /// Whether any series has a label (the figure then shows a legend).
    public var hasLegend: Bool { series.contains { $0.label != nil } }
}
