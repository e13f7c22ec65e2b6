/// One set of axes of a figure (matplotlib's `Axes`): the lines and dots drawn on it, an image (`imshow`), the
/// title and labels, and the axis settings (`setYlim`, `setXscale("log")`, `axis("off")`).
///
/// ```swift
/// var axes = Axes(title: "sigmoid")
/// axes.series.append(Axes.Series(kind: .line, xs: xs, ys: ys))
/// axes.series.append(Axes.Series(kind: .scatter, xs: [-1.5], ys: [2.25], colour: Colour(matplotlibName: "red")))
/// axes.colour(ofSeries: 0).hex  // "#1f77b4": matplotlib's first default colour
/// ```
public struct Axes: Sendable, Equatable {
    /// One line or set of points.
    public struct Series: Sendable, Equatable {
        /// How a series is drawn.
        public enum Kind: String, Sendable, Equatable {
            /// Points joined by straight segments (`plot`); a NaN breaks the line.
            case line
            /// Separate dots (`scatter`, or `plot` with a marker and no line).
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
        /// Axes.Series(kind: .line, xs: [0, 1, 2], ys: [0, 1, 4], label: "x²")
        /// ```
        public init(kind: Kind, xs: [Double], ys: [Double], colour: Colour? = nil, label: String? = nil) {
            self.kind = kind
            self.xs = xs
            self.ys = ys
            self.colour = colour
            self.label = label
        }

        /// The points whose coordinates are both finite (and, on a log axis, positive).
        public func finitePoints(xScale: Scale = .linear) -> [(x: Double, y: Double)] {
            zip(xs, ys).filter { $0.0.isFinite && $0.1.isFinite && (xScale == .linear || $0.0 > 0) }
                .map { (x: $0.0, y: $0.1) }
        }
    }

    /// How coordinates map to positions along an axis.
    public enum Scale: String, Sendable, Equatable {
        /// Equal steps for equal differences.
        case linear
        /// Equal steps for equal ratios (`setXscale("log")`): the LR finder's learning rates.
        case log
    }

    /// The data extents of the axes: the smallest and largest finite coordinates over every series.
    public struct Bounds: Sendable, Equatable {
        /// The x extent.
        public var x: ClosedRange<Double>
        /// The y extent.
        public var y: ClosedRange<Double>
    }

    /// The series in drawing order.
    public var series: [Series]
    /// The title above the axes (`plt.title`, `ax.set_title`).
    public var title: String?
    /// The x axis label (`plt.xlabel`, `plot_function(tx:)`).
    public var xLabel: String?
    /// The y axis label (`plt.ylabel`, `plot_function(ty:)`).
    public var yLabel: String?
    /// The x limits set (`setXlim`), instead of the data's extent with margins.
    public var xLimits: ClosedRange<Double>?
    /// The y limits set (`setYlim`).
    public var yLimits: ClosedRange<Double>?
    /// The scale of the x axis.
    public var xScale: Scale = .linear
    /// An image filling the axes (`imshow`, `showImage(t, ax:)`), drawn with square pixels.
    public var image: ImageDisplay?
    /// Whether the frame, ticks and labels are drawn (`axis("off")` hides them).
    public var showsAxis = true

    /// matplotlib's default colour cycle (`tab10`): `C0`...`C9`.
    public static let defaultCycle: [Colour] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ].compactMap(Colour.init(hex:))

    /// Axes with `series`.
    ///
    /// ```swift
    /// Axes(series: [], title: "loss", xLabel: "epoch", yLabel: "loss")
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
    /// axes.colour(ofSeries: 1).hex
    /// ```
    public func colour(ofSeries index: Int) -> Colour {
        let target = series[index]
        if let colour = target.colour { return colour }
        let turn = series[..<index].filter { $0.kind == target.kind && $0.colour == nil }.count
        return Self.defaultCycle[turn % Self.defaultCycle.count]
    }

    /// The extents of every finite point, or `nil` when there is none.
    public var bounds: Bounds? {
        let points = series.flatMap { $0.finitePoints(xScale: xScale) }
        guard let first = points.first else { return nil }
        var bounds = Bounds(x: first.x...first.x, y: first.y...first.y)
        for point in points.dropFirst() {
            bounds.x = min(bounds.x.lowerBound, point.x)...max(bounds.x.upperBound, point.x)
            bounds.y = min(bounds.y.lowerBound, point.y)...max(bounds.y.upperBound, point.y)
        }
        return bounds
    }

    /// Whether any series has a label (the axes then show a legend).
    public var hasLegend: Bool { series.contains { $0.label != nil } }

    /// Whether nothing was drawn or set.
    public var isEmpty: Bool { self == Axes() }
}
