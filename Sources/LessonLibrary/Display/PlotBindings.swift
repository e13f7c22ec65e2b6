import LessonDisplay
import LessonScript
import Tensors

/// matplotlib's pyplot calls as fast.ai lessons use them. The global calls draw on the current axes of the cell's
/// current figure (made on first use), as pyplot does; figures are shown when the cell ends:
/// - `plotFunction(f, tx: "x", ty: "x**2", title: "...", min: -2, max: 2)`: fast.ai's `plot_function`, `f`
///   called once with `linspace(min, max, 100)` (any function of a tensor, `sigmoid` too);
/// - `plot(ys)`, `plot(xs, ys, color: "red", label: "loss")`: a line;
/// - `scatter(xs, ys, color: "red")`: points; coordinates are tensors, arrays or single numbers;
/// - `title("...")`, `xlabel("...")`, `ylabel("...")`;
/// - `let (fig, axs) = subplots(1, 4, figsize: (12, 3))`: a new figure and its axes (one `Axes` for 1x1, an array
///   for one row or column, an array of rows otherwise), each drawn on by its own methods (``registerAxes(in:)``).
func registerPlotting(in table: BindingTable) {
    table.function("plotFunction(_:tx?:ty?:title?:min?:max?:)") { call in
        let low = try call["min"]?.asDouble() ?? -2
        let high = try call["max"]?.asDouble() ?? 2
        let x = try linspace(low, high, 100)
        let y = try call.callFunction(call.value(0), [.native(x)]).asNumbers()
        let series = try Axes.Series(kind: .line, xs: x.doubleElements(), ys: y)
        let (xLabel, yLabel, title) = try (call["tx"]?.asString(), call["ty"]?.asString(), call["title"]?.asString())
        try checkPairs(series, call: call)
        DisplayLog.current?.drawCurrentAxes { axes in
            axes.series.append(series)
            axes.xLabel = xLabel ?? axes.xLabel
            axes.yLabel = yLabel ?? axes.yLabel
            axes.title = title ?? axes.title
        }
        return .void
    }
    table.function("plot(_:_?:color?:label?:)") { call in
        let series = try call.lineSeries()
        DisplayLog.current?.drawCurrentAxes { $0.series.append(series) }
        return .void
    }
    table.function("scatter(_:_:color?:label?:)") { call in
        let series = try call.scatterSeries()
        DisplayLog.current?.drawCurrentAxes { $0.series.append(series) }
        return .void
    }
    for (name, keyPath) in [("title", \Axes.title), ("xlabel", \Axes.xLabel), ("ylabel", \Axes.yLabel)] {
        table.function("\(name)(_:)") { call in
            let text = try call.value(0).asString()
            DisplayLog.current?.drawCurrentAxes { $0[keyPath: keyPath] = text }
            return .void
        }
    }
    table.function("subplots(_?:_?:figsize?:)") { call in
        let (rows, columns) = (try call[0]?.asInt() ?? 1, try call[1]?.asInt() ?? 1)
        guard rows > 0 && columns > 0 else {
            throw BindingError("Number of rows and columns must be positive integers, not \(rows) and \(columns)")
        }
        guard rows * columns <= 100 else { throw BindingError("subplots: at most 100 axes, got \(rows)x\(columns)") }
        let figure = try Figure(rows: rows, columns: columns, size: call.figureSize("figsize"))
        let id = DisplayLog.current?.newFigure(figure) ?? -1
        let handles = (0..<rows * columns).map { Value.native(AxesHandle(figure: id, index: $0)) }
        let axes: Value =
            if rows * columns == 1 {
                handles[0]
            } else if rows == 1 || columns == 1 {
                .array(handles)
            } else {
                .array((0..<rows).map { .array(Array(handles[$0 * columns..<($0 + 1) * columns])) })
            }
        return .tuple(TupleValue([.native(FigureHandle(id: id, figure: figure)), axes]))
    }
    registerAxes(in: table)
}

/// A figure made by `subplots` (matplotlib's `Figure`), shown as matplotlib prints one.
final class FigureHandle {
    let id: Int
    let description: String

    init(id: Int, figure: Figure) {
        self.id = id
        let size = figure.drawnSize
        description =
            "<Figure size \(Int(size.width * 100))x\(Int(size.height * 100)) with \(figure.axes.count) Axes>"
    }
}

/// One set of axes of a figure the running cell made: what `ax.plot(...)`, `ax.setTitle(...)` draw on.
final class AxesHandle {
    let figure: Int
    let index: Int

    init(figure: Int, index: Int) {
        self.figure = figure
        self.index = index
    }

    /// Changes the axes; nothing happens in a session without a display log (text forms only).
    func draw(_ change: (inout Axes) throws -> Void) throws {
        guard let log = DisplayLog.current else { return }
        do {
            try log.drawAxes(figure: figure, index: index, change)
        } catch let error as DisplayError {
            throw BindingError(error.message)
        }
    }
}

/// The methods of `Axes` (matplotlib's `ax.plot`, `ax.scatter`, `ax.set_title`, `ax.set_xlabel`,
/// `ax.set_ylabel`, `ax.set_xlim`, `ax.set_ylim`, `ax.set_xscale`, `ax.imshow`, `ax.axis('off')`) and how a
/// figure and axes display.
private func registerAxes(in table: BindingTable) {
    let figure = table.type(FigureHandle.self, name: "Figure")
    figure.display { $0.description }
    let axes = table.type(AxesHandle.self, name: "Axes")
    axes.display { _ in "<Axes: >" }
    axes.method("plot(_:_?:color?:label?:)") { handle, call in
        let series = try call.lineSeries()
        try handle.draw { $0.series.append(series) }
        return .void
    }
    axes.method("scatter(_:_:color?:label?:)") { handle, call in
        let series = try call.scatterSeries()
        try handle.draw { $0.series.append(series) }
        return .void
    }
    for (name, keyPath) in [("setTitle", \Axes.title), ("setXlabel", \Axes.xLabel), ("setYlabel", \Axes.yLabel)] {
        axes.method("\(name)(_:)") { handle, call in
            let text = try call.value(0).asString()
            try handle.draw { $0[keyPath: keyPath] = text }
            return .void
        }
    }
    for (name, keyPath) in [("setXlim", \Axes.xLimits), ("setYlim", \Axes.yLimits)] {
        axes.method("\(name)(_:_:)") { handle, call in
            let (low, high) = (try call.value(0).asDouble(), try call.value(1).asDouble())
            guard low.isFinite && high.isFinite && low < high else {
                throw BindingError("\(name): the limits must be finite and increasing, got \(low) and \(high)")
            }
            try handle.draw { $0[keyPath: keyPath] = low...high }
            return .void
        }
    }
    axes.method("setXscale(_:)") { handle, call in
        let name = try call.value(0).asString()
        guard let scale = Axes.Scale(rawValue: name) else {
            throw BindingError("'\(name)' is not a valid value for scale; supported values are 'linear', 'log'")
        }
        try handle.draw { $0.xScale = scale }
        return .void
    }
    axes.method("imshow(_:cmap?:)") { handle, call in
        let image = try imageDisplay(call.value(0), title: nil, colourMap: call.colourMap("cmap", default: .viridis))
        try handle.draw { $0.image = image }
        return .void
    }
    axes.method("axis(_:)") { handle, call in
        let setting = try call.value(0).asString()
        guard setting == "off" || setting == "on" else {
            throw BindingError("axis: expected \"off\" or \"on\", got \"\(setting)\"")
        }
        try handle.draw { $0.showsAxis = setting == "on" }
        return .void
    }
}

extension BindingCall {
    /// `plot`'s line: `plot(ys)` against 0, 1, 2..., or `plot(xs, ys)`.
    fileprivate func lineSeries() throws -> Axes.Series {
        let first = try value(0).asNumbers()
        let ys = try self[1]?.asNumbers() ?? first
        let xs = self[1] == nil ? first.indices.map(Double.init) : first
        let series = try Axes.Series(kind: .line, xs: xs, ys: ys, colour: colour("color"), label: label)
        try checkPairs(series, call: self)
        return series
    }

    /// `scatter`'s points.
    fileprivate func scatterSeries() throws -> Axes.Series {
        let series = try Axes.Series(
            kind: .scatter, xs: value(0).asNumbers(), ys: value(1).asNumbers(), colour: colour("color"), label: label)
        try checkPairs(series, call: self)
        return series
    }

    /// The `label:` argument.
    fileprivate var label: String? {
        get throws { try self["label"]?.asString() }
    }

    /// A `figsize: (width, height)` argument, in inches.
    func figureSize(_ label: String) throws -> FigureSize? {
        guard let value = self[label] else { return nil }
        let numbers: [Value]
        switch value {
        case .tuple(let tuple): numbers = tuple.elements
        case .array(let elements): numbers = elements
        default: throw BindingError("\(label): expected (width, height) in inches")
        }
        guard numbers.count == 2 else { throw BindingError("\(label): expected (width, height) in inches") }
        let (width, height) = (try numbers[0].asDouble(), try numbers[1].asDouble())
        guard width > 0 && height > 0 && width <= 100 && height <= 100 else {
            throw BindingError(
                "\(label): width and height must be between 0 and 100 inches, got \(width) and \(height)")
        }
        return FigureSize(width: width, height: height)
    }
}

/// Checks that a series' coordinates pair up.
private func checkPairs(_ series: Axes.Series, call: BindingCall) throws {
    guard series.xs.count == series.ys.count else {
        throw BindingError(
            "\(call.signature.baseName): x and y must have the same size, got \(series.xs.count) and \(series.ys.count)"
        )
    }
}
