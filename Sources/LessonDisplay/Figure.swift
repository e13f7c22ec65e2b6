/// A figure (matplotlib's `Figure`): a grid of `rows` by `columns` axes, filled row by row, drawn at `size`.
/// `plot`, `scatter`, `title`... draw on the cell's current figure, one set of axes, as Jupyter's inline backend
/// shows one figure per cell; `subplots(1, 3, figsize: (12, 3))` makes a figure of several.
///
/// ```swift
/// var figure = Figure(rows: 1, columns: 3, size: FigureSize(width: 12, height: 3))
/// figure.axes[0].series.append(Axes.Series(kind: .line, xs: xs, ys: means))
/// figure.axes[0].title = "mean"
/// figure.textForm   // "[figure 1x3: 1 series #......]"
/// ```
public struct Figure: Sendable, Equatable {
    /// The rows of axes.
    public var rows: Int
    /// The columns of axes.
    public var columns: Int
    /// The size asked for (`figsize`), or `nil` for the default.
    public var size: FigureSize?
    /// The axes, row by row: `rows * columns` of them.
    public var axes: [Axes]

    /// A figure of `rows` by `columns` empty axes (at least one of each).
    ///
    /// ```swift
    /// Figure(rows: 2, columns: 2)
    /// ```
    public init(rows: Int = 1, columns: Int = 1, size: FigureSize? = nil) {
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        self.size = size
        axes = Array(repeating: Axes(), count: self.rows * self.columns)
    }

    /// A figure of one set of axes.
    ///
    /// ```swift
    /// Figure(Axes(series: [line], title: "loss"))
    /// ```
    public init(_ axes: Axes, size: FigureSize? = nil) {
        self.init(size: size)
        self.axes = [axes]
    }

    /// The size the figure is drawn at: its own, or matplotlib's default as this project draws it, 6 by 4 inches.
    public var drawnSize: FigureSize { size ?? .standard }
}

/// A figure's size in inches (`figsize: (12, 3)`).
public struct FigureSize: Sendable, Equatable {
    /// The width.
    public var width: Double
    /// The height.
    public var height: Double

    /// A size of `width` by `height` inches.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The size of a figure made without `figsize`.
    public static let standard = FigureSize(width: 6, height: 4)
}
