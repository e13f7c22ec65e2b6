import LessonDisplay
import LessonScript
import Tensors

/// matplotlib's pyplot calls as fast.ai lessons use them; every call of one cell draws on that cell's one
/// figure, shown when the cell ends:
/// - `plotFunction(f, tx: "x", ty: "x**2", title: "...", min: -2, max: 2)`: fast.ai's `plot_function`, `f`
///   called once with `linspace(min, max, 100)` (any function of a tensor, `sigmoid` too);
/// - `plot(ys)`, `plot(xs, ys, color: "red", label: "loss")`: a line;
/// - `scatter(xs, ys, color: "red")`: points; coordinates are tensors, arrays or single numbers;
/// - `title("...")`, `xlabel("...")`, `ylabel("...")`.
func registerPlotting(in table: BindingTable) {
    table.function("plotFunction(_:tx?:ty?:title?:min?:max?:)") { call in
        let low = try call["min"]?.asDouble() ?? -2
        let high = try call["max"]?.asDouble() ?? 2
        let x = try linspace(low, high, 100)
        let y = try call.callFunction(call.value(0), [.native(x)]).asNumbers()
        let series = try Figure.Series(kind: .line, xs: x.doubleElements(), ys: y)
        let (xLabel, yLabel, title) = try (call["tx"]?.asString(), call["ty"]?.asString(), call["title"]?.asString())
        try draw(series, call: call) { figure in
            figure.xLabel = xLabel ?? figure.xLabel
            figure.yLabel = yLabel ?? figure.yLabel
            figure.title = title ?? figure.title
        }
        return .void
    }
    table.function("plot(_:_?:color?:label?:)") { call in
        let first = try call.value(0).asNumbers()
        let ys = try call[1]?.asNumbers() ?? first
        let xs = call[1] == nil ? first.indices.map(Double.init) : first
        try draw(
            Figure.Series(kind: .line, xs: xs, ys: ys, colour: call.colour("color"), label: call.label), call: call)
        return .void
    }
    table.function("scatter(_:_:color?:label?:)") { call in
        let series = try Figure.Series(
            kind: .scatter, xs: call.value(0).asNumbers(), ys: call.value(1).asNumbers(), colour: call.colour("color"),
            label: call.label)
        try draw(series, call: call)
        return .void
    }
    for (name, keyPath) in [("title", \Figure.title), ("xlabel", \Figure.xLabel), ("ylabel", \Figure.yLabel)] {
        table.function("\(name)(_:)") { call in
            let text = try call.value(0).asString()
            DisplayLog.current?.drawFigure { $0[keyPath: keyPath] = text }
            return .void
        }
    }
}

/// Adds a series to the cell's figure, after checking that its coordinates pair up.
private func draw(
    _ series: Figure.Series, call: BindingCall, adjusting adjust: (inout Figure) -> Void = { _ in }
) throws {
    guard series.xs.count == series.ys.count else {
        throw BindingError(
            "\(call.signature.baseName): x and y must have the same size, got \(series.xs.count) and \(series.ys.count)"
        )
    }
    DisplayLog.current?.drawFigure { figure in
        figure.series.append(series)
        adjust(&figure)
    }
}

extension BindingCall {
    /// The `label:` argument.
    fileprivate var label: String? {
        get throws { try self["label"]?.asString() }
    }
}
