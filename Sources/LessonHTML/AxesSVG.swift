import LessonDisplay

/// One set of axes as SVG inside its part of a figure, as matplotlib draws default axes: a framed box with
/// outward ticks and labels, the title above, axis labels below and to the left, lines 1.5 px wide, scatter
/// dots, an image with square pixels (`imshow`), and a legend (in the corner covering the fewest points) when a
/// series has a label. `axis("off")` leaves out the frame, ticks and axis labels.
struct AxesSVG {
    /// Where the axes may draw, in the figure's CSS pixels.
    typealias Frame = (left: Double, top: Double, width: Double, height: Double)

    /// Text sizes, in CSS pixels.
    static let tickFont = 12.0
    static let labelFont = 13.0
    static let titleFont = 15.0
    /// An estimate of a character's width at the tick size, for margins and the legend's width.
    static let characterWidth = 7.0

    let axes: Axes
    let frame: Frame
    let x: AxisScale
    let y: AxisScale
    /// The axes box: left, top, right, bottom.
    let box: (left: Double, top: Double, right: Double, bottom: Double)

    init(_ axes: Axes, in frame: Frame) {
        self.axes = axes
        self.frame = frame
        let bounds = axes.bounds
        let image = axes.image.map { (width: Double($0.width), height: Double($0.height)) }
        // An image's pixel centres are its coordinates, from the top row down (matplotlib's origin "upper").
        x = AxisScale(
            data: bounds?.x, maximumTicks: 9, fixed: axes.xLimits ?? image.map { -0.5...$0.width - 0.5 },
            scale: axes.xScale)
        y = AxisScale(data: bounds?.y, maximumTicks: 8, fixed: axes.yLimits ?? image.map { -0.5...$0.height - 0.5 })
        let shows = axes.showsAxis
        let labelWidth = shows ? y.ticks.map { Double($0.label.count + ($0.exponent?.count ?? 0)) }.max() ?? 1 : 0
        var left = frame.left + (shows ? 14 + labelWidth * Self.characterWidth : 8)
        left += shows && axes.yLabel != nil ? Self.labelFont + 8 : 0
        let top = frame.top + (axes.title == nil ? 14.0 : Self.titleFont + 22)
        var bottom = frame.top + frame.height - (shows ? 28 : 8)
        bottom -= shows && axes.xLabel != nil ? 2 + Self.labelFont + 6 : 0
        var right = frame.left + frame.width - 18
        if let image, right > left, bottom > top {
            // Square pixels: the box shrinks to the image's shape, centred (matplotlib's aspect "equal").
            let scale = min((right - left) / image.width, (bottom - top) / image.height)
            let (width, height) = (image.width * scale, image.height * scale)
            left += (right - left - width) / 2
            right = left + width
            bottom = top + height
        }
        box = (left, top, right, bottom)
    }

    /// The axes' SVG elements.
    var markup: String {
        imageMarkup() + seriesMarkup() + (axes.showsAxis ? axesMarkup() : "") + labelsMarkup() + legendMarkup()
    }

    private func px(_ value: Double) -> Double { x.position(value, from: box.left, to: box.right) }
    private func py(_ value: Double) -> Double {
        axes.image != nil && axes.yLimits == nil
            ? y.position(value, from: box.top, to: box.bottom) : y.position(value, from: box.bottom, to: box.top)
    }
    private func point(_ a: Double, _ b: Double) -> String {
        NumberText.coordinate(px(a)) + " " + NumberText.coordinate(py(b))
    }

    /// The image, its pixels as squares filling the box.
    private func imageMarkup() -> String {
        guard let image = axes.image else { return "" }
        let width = box.right - box.left
        let factor = Int(width / Double(image.width))
        guard let uri = try? ImageHTML.pngDataURI(image, factor: factor) else { return "" }
        var markup = "<image x=\"\(NumberText.coordinate(box.left))\" y=\"\(NumberText.coordinate(box.top))\""
        markup += " width=\"\(NumberText.coordinate(width))\" height=\"\(NumberText.coordinate(box.bottom - box.top))\""
        return markup + " preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"\(uri)\"/>\n"
    }

    /// Lines as paths (a NaN or infinite point starts a new piece), scatters as groups of dots.
    private func seriesMarkup() -> String {
        var markup = ""
        for (index, series) in axes.series.enumerated() {
            let colour = axes.colour(ofSeries: index).hex
            switch series.kind {
            case .line:
                var path = ""
                var pen = false
                for (a, b) in zip(series.xs, series.ys) {
                    guard a.isFinite && b.isFinite && (axes.xScale == .linear || a > 0) else {
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
                for dot in series.finitePoints(xScale: axes.xScale) {
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
            markup += " text-anchor=\"middle\">\(Self.tickText(tick))</text>"
        }
        for tick in y.ticks {
            markup +=
                "<text x=\"\(NumberText.coordinate(box.left - 7))\" y=\"\(NumberText.coordinate(py(tick.value) + 4))\""
            markup += " text-anchor=\"end\">\(Self.tickText(tick))</text>"
        }
        return markup + "</g>\n"
    }

    /// A tick label; a log axis' `10` gets its exponent raised.
    private static func tickText(_ tick: AxisScale.Tick) -> String {
        guard let exponent = tick.exponent else { return tick.label }
        return tick.label + "<tspan dy=\"-6\" font-size=\"9\">\(exponent)</tspan>"
    }

    /// The title and the axis labels.
    private func labelsMarkup() -> String {
        var markup = ""
        let centreX = NumberText.coordinate((box.left + box.right) / 2)
        if let title = axes.title {
            markup += "<text x=\"\(centreX)\" y=\"\(NumberText.coordinate(box.top - 10))\" text-anchor=\"middle\""
            markup += " font-size=\"\(Int(Self.titleFont))\" fill=\"currentColor\">\(title.htmlEscaped)</text>\n"
        }
        guard axes.showsAxis else { return markup }
        if let label = axes.xLabel {
            let labelY = NumberText.coordinate(frame.top + frame.height - 10)
            markup += "<text x=\"\(centreX)\" y=\"\(labelY)\" text-anchor=\"middle\""
            markup += " font-size=\"\(Int(Self.labelFont))\" fill=\"currentColor\">\(label.htmlEscaped)</text>\n"
        }
        if let label = axes.yLabel {
            let labelX = frame.left + Self.labelFont + 2
            let centreY = NumberText.coordinate((box.top + box.bottom) / 2)
            markup += "<text transform=\"translate(\(NumberText.coordinate(labelX)) \(centreY)) rotate(-90)\""
            markup += " text-anchor=\"middle\" font-size=\"\(Int(Self.labelFont))\" fill=\"currentColor\">"
            markup += "\(label.htmlEscaped)</text>\n"
        }
        return markup
    }

    /// The legend of the labelled series, in the corner of the axes that covers the fewest points.
    private func legendMarkup() -> String {
        guard axes.hasLegend else { return "" }
        let entries = axes.series.indices.filter { axes.series[$0].label != nil }
        let rowHeight = 18.0
        let longest = entries.map { Double(axes.series[$0].label?.count ?? 0) }.max() ?? 0
        let size = (width: 40 + longest * Self.characterWidth, height: Double(entries.count) * rowHeight + 8)
        let origin = legendOrigin(size: size)
        var markup = "<g class=\"legend\" font-size=\"\(Int(Self.tickFont))\">"
        markup += "<rect x=\"\(NumberText.coordinate(origin.x))\" y=\"\(NumberText.coordinate(origin.y))\""
        markup += " width=\"\(NumberText.coordinate(size.width))\" height=\"\(NumberText.coordinate(size.height))\""
        markup += " rx=\"3\"/>"
        for (row, index) in entries.enumerated() {
            let series = axes.series[index]
            let colour = axes.colour(ofSeries: index).hex
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
        let points = axes.series.flatMap { $0.finitePoints(xScale: axes.xScale) }.map { (px($0.x), py($0.y)) }
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
