import LessonDisplay

/// A figure as inline SVG, drawn the way matplotlib draws a default figure: a framed axes box with outward
/// ticks and labels, the title above, axis labels below and to the left, lines 1.5 px wide, scatter dots,
/// and a legend (in the corner covering the fewest points) when a series has a label. Axes and text use
/// `currentColor`, so the plot follows the page's light or dark theme.
struct FigureSVG {
    /// The drawing's size in CSS pixels (matplotlib's 6 x 4 inch default figure at 96 dpi).
    static let width = 576.0
    static let height = 384.0
    /// Text sizes, in CSS pixels.
    static let tickFont = 12.0
    static let labelFont = 13.0
    static let titleFont = 15.0
    /// An estimate of a character's width at the tick size, for margins and the legend's width.
    static let characterWidth = 7.0

    let figure: Figure
    let x: AxisScale
    let y: AxisScale
    /// The axes box: left, top, right, bottom.
    let box: (left: Double, top: Double, right: Double, bottom: Double)

    init(_ figure: Figure) {
        self.figure = figure
        let bounds = figure.bounds
        x = AxisScale(data: bounds?.x, maximumTicks: 9)
        y = AxisScale(data: bounds?.y, maximumTicks: 8)
        let labelWidth = y.ticks.map { Double($0.label.count) }.max() ?? 1
        let left = 14 + labelWidth * Self.characterWidth + (figure.yLabel == nil ? 0 : Self.labelFont + 8)
        let top = figure.title == nil ? 14.0 : Self.titleFont + 22
        let bottom = Self.height - (figure.xLabel == nil ? 28 : 30 + Self.labelFont + 6)
        box = (left, top, Self.width - 18, bottom)
    }

    /// The `<figure>` holding the SVG.
    var html: String {
        var svg = "<figure class=\"plot\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 "
        svg += "\(Int(Self.width)) \(Int(Self.height))\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.height))\""
        svg += " aria-label=\"\((figure.title ?? "plot").htmlEscaped)\">\n"
        if let title = figure.title { svg += "<title>\(title.htmlEscaped)</title>\n" }
        svg += seriesMarkup() + axesMarkup() + labelsMarkup() + legendMarkup()
        return svg + "</svg></figure>\n"
    }

    private func px(_ value: Double) -> Double { x.position(value, from: box.left, to: box.right) }
    private func py(_ value: Double) -> Double { y.position(value, from: box.bottom, to: box.top) }
    private func point(_ a: Double, _ b: Double) -> String {
        NumberText.coordinate(px(a)) + " " + NumberText.coordinate(py(b))
    }

    /// Lines as paths (a NaN or infinite point starts a new piece), scatters as groups of dots.
    private func seriesMarkup() -> String {
        var markup = ""
        for (index, series) in figure.series.enumerated() {
            let colour = figure.colour(ofSeries: index).hex
            switch series.kind {
            case .line:
                var path = ""
                var pen = false
                for (a, b) in zip(series.xs, series.ys) {
                    guard a.isFinite && b.isFinite else {
                        pen = false
                        continue
                    }
                    path += (path.isEmpty ? "" : " ") + (pen ? "L" : "M") + point(a, b)
                    pen = true
                }
                guard !path.isEmpty else { continue }
                markup += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\""
                markup += " stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n"
            case .scatter:
                markup += "<g fill=\"\(colour)\">"
                for dot in series.finitePoints {
                    markup +=
                        "<circle cx=\"\(NumberText.coordinate(px(dot.x)))\" cy=\"\(NumberText.coordinate(py(dot.y)))\""
                    markup += " r=\"3.5\"/>"
                }
                markup += "</g>\n"
            }
        }
        return markup
    }

    /// The frame, ticks and tick labels.
    private func axesMarkup() -> String {
        let (left, top, right, bottom) = (
            NumberText.coordinate(box.left), NumberText.coordinate(box.top), NumberText.coordinate(box.right),
            NumberText.coordinate(box.bottom)
        )
        var markup = "<g fill=\"none\" stroke=\"currentColor\" stroke-width=\"0.8\">"
        markup += "<path d=\"M\(left) \(top)H\(right)V\(bottom)H\(left)Z\"/>"
        for tick in x.ticks {
            markup += "<path d=\"M\(NumberText.coordinate(px(tick.value))) \(bottom)v4\"/>"
        }
        for tick in y.ticks {
            markup += "<path d=\"M\(left) \(NumberText.coordinate(py(tick.value)))h-4\"/>"
        }
        markup += "</g>\n<g fill=\"currentColor\" font-size=\"\(Int(Self.tickFont))\">"
        for tick in x.ticks {
            markup +=
                "<text x=\"\(NumberText.coordinate(px(tick.value)))\" y=\"\(NumberText.coordinate(box.bottom + 18))\""
            markup += " text-anchor=\"middle\">\(tick.label)</text>"
        }
        for tick in y.ticks {
            markup +=
                "<text x=\"\(NumberText.coordinate(box.left - 7))\" y=\"\(NumberText.coordinate(py(tick.value) + 4))\""
            markup += " text-anchor=\"end\">\(tick.label)</text>"
        }
        return markup + "</g>\n"
    }

    /// The title and the axis labels.
    private func labelsMarkup() -> String {
        var markup = ""
        let centreX = NumberText.coordinate((box.left + box.right) / 2)
        if let title = figure.title {
            markup += "<text x=\"\(centreX)\" y=\"\(NumberText.coordinate(box.top - 10))\" text-anchor=\"middle\""
            markup += " font-size=\"\(Int(Self.titleFont))\" fill=\"currentColor\">\(title.htmlEscaped)</text>\n"
        }
        if let label = figure.xLabel {
            markup += "<text x=\"\(centreX)\" y=\"\(NumberText.coordinate(Self.height - 10))\" text-anchor=\"middle\""
            markup += " font-size=\"\(Int(Self.labelFont))\" fill=\"currentColor\">\(label.htmlEscaped)</text>\n"
        }
        if let label = figure.yLabel {
            let centreY = NumberText.coordinate((box.top + box.bottom) / 2)
            markup += "<text transform=\"translate(\(Int(Self.labelFont + 2)) \(centreY)) rotate(-90)\""
            markup += " text-anchor=\"middle\" font-size=\"\(Int(Self.labelFont))\" fill=\"currentColor\">"
            markup += "\(label.htmlEscaped)</text>\n"
        }
        return markup
    }

    /// The legend of the labelled series, in the corner of the axes that covers the fewest points.
    private func legendMarkup() -> String {
        guard figure.hasLegend else { return "" }
        let entries = figure.series.indices.filter { figure.series[$0].label != nil }
        let rowHeight = 18.0
        let longest = entries.map { Double(figure.series[$0].label?.count ?? 0) }.max() ?? 0
        let size = (width: 40 + longest * Self.characterWidth, height: Double(entries.count) * rowHeight + 8)
        let origin = legendOrigin(size: size)
        var markup = "<g class=\"legend\" font-size=\"\(Int(Self.tickFont))\">"
        markup += "<rect x=\"\(NumberText.coordinate(origin.x))\" y=\"\(NumberText.coordinate(origin.y))\""
        markup += " width=\"\(NumberText.coordinate(size.width))\" height=\"\(NumberText.coordinate(size.height))\""
        markup += " rx=\"3\"/>"
        for (row, index) in entries.enumerated() {
            let series = figure.series[index]
            let colour = figure.colour(ofSeries: index).hex
            let middle = origin.y + 4 + rowHeight * (Double(row) + 0.5)
            let (start, centre) = (origin.x + 8, origin.x + 18)
            switch series.kind {
            case .line:
                markup += "<path d=\"M\(NumberText.coordinate(start)) \(NumberText.coordinate(middle))h20\""
                markup += " stroke=\"\(colour)\" stroke-width=\"1.5\"/>"
            case .scatter:
                markup += "<circle cx=\"\(NumberText.coordinate(centre))\" cy=\"\(NumberText.coordinate(middle))\""
                markup += " r=\"3.5\" fill=\"\(colour)\"/>"
            }
            markup += "<text x=\"\(NumberText.coordinate(start + 26))\" y=\"\(NumberText.coordinate(middle + 4))\""
            markup += " fill=\"currentColor\">\((series.label ?? "").htmlEscaped)</text>"
        }
        return markup + "</g>\n"
    }

    /// matplotlib's order of candidate corners for `loc="best"`: upper right, upper left, lower left, lower
    /// right; the first covering the fewest data points wins.
    private func legendOrigin(size: (width: Double, height: Double)) -> (x: Double, y: Double) {
        let inset = 8.0
        let corners = [
            (box.right - inset - size.width, box.top + inset), (box.left + inset, box.top + inset),
            (box.left + inset, box.bottom - inset - size.height),
            (box.right - inset - size.width, box.bottom - inset - size.height),
        ]
        let points = figure.series.flatMap(\.finitePoints).map { (px($0.x), py($0.y)) }
        func covered(_ corner: (Double, Double)) -> Int {
            points.filter { point in
                point.0 >= corner.0 && point.0 <= corner.0 + size.width && point.1 >= corner.1
                    && point.1 <= corner.1 + size.height
            }.count
        }
        let counts = corners.map(covered)
        let best = counts.firstIndex(of: counts.min() ?? 0) ?? 0
        return (corners[best].0, corners[best].1)
    }
}
