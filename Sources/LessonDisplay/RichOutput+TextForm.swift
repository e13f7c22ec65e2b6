extension RichOutput {
    /// The short, deterministic text that stands for the output in a cell's text (what `lesson check`
    /// compares and what an expected-output block holds). Pictures are named by their size and a fingerprint
    /// of what they show, which changes when the picture changes visibly and not on float noise; a table lists
    /// its values, since the numbers are its point and `check` compares numbers with their written precision;
    /// a training table is printed as fast.ai prints it in a terminal.
    ///
    /// ```swift
    /// RichOutput.image(mean3).textForm          // [image 28x28 #a41f09]
    /// RichOutput.figure(sigmoidPlot).textForm   // [figure "sigmoid": 1 series #1c2d3e]
    /// RichOutput.table(crop).textForm
    /// // [table 2x3 Greys]
    /// //   0 128 255
    /// //   3 200  17
    /// ```
    public var textForm: String {
        switch self {
        case .image(let image): image.textForm
        case .imageGrid(let images, let rows, let columns): Self.gridTextForm(images, rows: rows, columns: columns)
        case .table(let table): table.textForm
        case .figure(let figure): figure.textForm
        case .trainingTable(let table): table.consoleText
        }
    }

    /// `[images 1x3 28x28 #a41f09]`: the grid's shape, the images' size when they share one, one fingerprint.
    private static func gridTextForm(_ images: [ImageDisplay], rows: Int, columns: Int) -> String {
        var hash = ContentHash()
        hash.add(rows)
        hash.add(columns)
        for image in images { image.addContent(to: &hash) }
        var words = ["images", "\(rows)x\(columns)"]
        if let first = images.first, images.allSatisfy({ $0.width == first.width && $0.height == first.height }) {
            words.append("\(first.width)x\(first.height)")
        }
        return "[\(words.joined(separator: " ")) #\(hash.text)]"
    }
}

extension ImageDisplay {
    /// `[image 28x28 #a41f09]`, `[image 28x28 "title" #a41f09]`, `[image 32x32 rgb #a41f09]`. A title is quoted
    /// as Swift's `debugDescription` quotes it (`"it\'s"`, `"two\nlines"`), so a form stays on one line.
    public var textForm: String {
        var hash = ContentHash()
        addContent(to: &hash)
        var words = ["image", "\(width)x\(height)"]
        if channels == 3 { words.append("rgb") }
        if let title { words.append(title.debugDescription) }
        return "[\(words.joined(separator: " ")) #\(hash.text)]"
    }

    /// Mixes in what the image shows: its shape, colour map, quantised pixels and title.
    func addContent(to hash: inout ContentHash) {
        hash.add(width)
        hash.add(height)
        hash.add(channels)
        hash.add(channels == 1 ? colourMap.name : "rgb")
        hash.add(bytes: quantised())
        hash.add(title)
    }
}

extension TableDisplay {
    /// Tables larger than this show their first and last rows only.
    static let textRowLimit = 60
    /// Tables wider than this show their first and last columns only.
    static let textColumnLimit = 40
    /// How many rows or columns are kept at each end of an elided table.
    static let textEdgeCount = (rows: 5, columns: 10)

    /// `[table 11x18 Greys]` (with ` axis=1` or ` axis=None` when not scaled per column) and the values as an
    /// aligned grid, one table row per line; a table beyond
    /// 60 rows or 40 columns shows its edges around `...` and adds a fingerprint of all its values.
    public var textForm: String {
        let texts = formattedValues()
        let width = texts.reduce(0) { max($0, $1.count) }
        let rowIndices = Self.shownIndices(rows, limit: Self.textRowLimit, edge: Self.textEdgeCount.rows)
        let columnIndices = Self.shownIndices(columns, limit: Self.textColumnLimit, edge: Self.textEdgeCount.columns)
        var header = "[table \(rows)x\(columns) \(colourMap.name)"
        if axis != .columns { header += axis == .rows ? " axis=1" : " axis=None" }
        if rowIndices.contains(nil) || columnIndices.contains(nil) {
            var hash = ContentHash()
            hash.add(rows)
            hash.add(columns)
            for text in texts { hash.add(text) }
            header += " #\(hash.text)"
        }
        var lines = [header + "]"]
        for row in rowIndices {
            let cells = columnIndices.map { column -> String in
                guard let row, let column else { return String(repeating: " ", count: max(0, width - 3)) + "..." }
                let text = texts[row * columns + column]
                return String(repeating: " ", count: width - text.count) + text
            }
            lines.append(cells.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// `0..<count`, or its first and last `edge` indices around a `nil` gap when `count` exceeds `limit`.
    private static func shownIndices(_ count: Int, limit: Int, edge: Int) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<edge) + [nil] + Array(count - edge..<count)
    }
}

extension Figure {
    /// How finely point coordinates are quantised for the fingerprint: a thousandth of the data's extent,
    /// finer than a pixel of the drawn plot.
    static let fingerprintLevels = 1000.0

    /// `[figure "title": 2 series #1c2d3e]` for one set of axes (`[figure: 1 series #...]` without a title),
    /// `[figure 1x3: 3 series #...]` for a grid, `[figure: 1 image #...]` when the axes hold images. A figure of
    /// one set of axes at the default size has the fingerprint it had before figures had grids.
    public var textForm: String {
        var hash = ContentHash()
        let isSingle = axes.count == 1 && size == nil
        if !isSingle {
            hash.add(rows)
            hash.add(columns)
            hash.add(drawnSize.width)
            hash.add(drawnSize.height)
        }
        for axes in axes { axes.addContent(to: &hash) }
        let seriesCount = axes.reduce(0) { $0 + $1.series.count }
        let imageCount = axes.filter { $0.image != nil }.count
        var counts: [String] = []
        if seriesCount > 0 || imageCount == 0 { counts.append("\(seriesCount) series") }
        if imageCount > 0 { counts.append("\(imageCount) image\(imageCount == 1 ? "" : "s")") }
        var name = "figure"
        if axes.count > 1 { name += " \(rows)x\(columns)" }
        if axes.count == 1, let title = axes[0].title { name += " " + title.debugDescription }
        return "[\(name): \(counts.joined(separator: ", ")) #\(hash.text)]"
    }

    /// A coordinate's position in its extent, in thousandths; non-finite values get their own codes.
    static func level(_ value: Double, in range: ClosedRange<Double>?) -> Int {
        guard value.isFinite, let range else { return value.isNaN ? -1 : value > 0 ? -2 : -3 }
        let span = range.upperBound - range.lowerBound
        return span > 0 ? Int(((value - range.lowerBound) / span * fingerprintLevels).rounded()) : 0
    }
}

extension Axes {
    /// Mixes in what the axes show: titles, labels, every series' kind, colour, label and quantised points, then
    /// what is not the default (limits, scale, image, hidden axis).
    func addContent(to hash: inout ContentHash) {
        hash.add(title)
        hash.add(xLabel)
        hash.add(yLabel)
        let bounds = self.bounds
        for (index, series) in series.enumerated() {
            hash.add(series.kind.rawValue)
            hash.add(colour(ofSeries: index).hex)
            hash.add(series.label)
            hash.add(min(series.xs.count, series.ys.count))
            for (x, y) in zip(series.xs, series.ys) {
                hash.add(Figure.level(x, in: bounds?.x))
                hash.add(Figure.level(y, in: bounds?.y))
            }
        }
        for limits in [xLimits, yLimits] {
            if let limits {
                hash.add(limits.lowerBound)
                hash.add(limits.upperBound)
            }
        }
        if xScale != .linear { hash.add(xScale.rawValue) }
        if let image { image.addContent(to: &hash) }
        if !showsAxis { hash.add("axis off") }
    }
}
