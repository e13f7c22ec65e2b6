/// A table of numbers shaded like pandas' `df.style.background_gradient(cmap, axis=...)` (`showTable`): every
/// cell's background is the colour map at the cell's value, scaled from the minimum to the maximum of its column
/// (pandas' default, `axis=0`), of its row (`axis=1`) or of the whole table (`axis=None`), and its text turns light
/// on dark cells (pandas' rule: relative luminance below 0.408).
///
/// ```swift
/// let table = try TableDisplay(rows: 1, columns: 3, values: [0, 128, 255], isIntegral: true,
///                              colourMap: .greys, fontSize: 6, axis: .table)
/// table.formattedValues()            // ["0", "128", "255"]
/// table.shading(row: 0, column: 2)   // TableDisplay.Shading(background: black, lightText: true)
/// ```
public struct TableDisplay: Sendable, Equatable {
    /// What the colour map's two ends are scaled to, as pandas' `axis` chooses.
    public enum GradientAxis: String, Sendable, Equatable {
        /// Each column from its own minimum to its maximum (pandas' `axis=0`, its default).
        case columns
        /// Each row from its own minimum to its maximum (`axis=1`).
        case rows
        /// The whole table from its minimum to its maximum (`axis=None`).
        case table
    }

    /// How one cell is drawn.
    public struct Shading: Sendable, Equatable {
        /// The cell's background.
        public let background: Colour
        /// Whether the text is light (`#f1f1f1`, pandas' choice) rather than black.
        public let lightText: Bool
    }

    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// `rows * columns` values, row-major.
    public let values: [Double]
    /// Whether the values are integers (an integer dtype): they print without decimals.
    public let isIntegral: Bool
    /// The colour map of the backgrounds.
    public let colourMap: ColourMap
    /// The text size in points (`set_properties(**{'font-size': '6pt'})`), or `nil` for the page's size.
    public let fontSize: Double?
    /// Whether the colours are scaled per column (the default), per row or over the whole table.
    public let axis: GradientAxis

    /// A table; throws unless both sizes are positive and `values` holds `rows * columns` numbers.
    ///
    /// ```swift
    /// let pixels = try TableDisplay(rows: 11, columns: 18, values: crop, isIntegral: true, colourMap: .greys)
    /// ```
    public init(
        rows: Int, columns: Int, values: [Double], isIntegral: Bool = false, colourMap: ColourMap = .puBu,
        fontSize: Double? = nil, axis: GradientAxis = .columns
    ) throws(DisplayError) {
        guard rows > 0, columns > 0 else {
            throw DisplayError("a table needs at least one cell, got \(rows)x\(columns)")
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count == values.count else {
            throw DisplayError("a \(rows)x\(columns) table needs \(rows)x\(columns) values, got \(values.count)")
        }
        if let fontSize, !(fontSize.isFinite && fontSize > 0 && fontSize <= 1000) {
            throw DisplayError("a font size is a positive number of points, got \(fontSize)")
        }
        self.rows = rows
        self.columns = columns
        self.values = values
        self.isIntegral = isIntegral
        self.colourMap = colourMap
        self.fontSize = fontSize
        self.axis = axis
    }

    /// The value at a row and column.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    /// The smallest to the largest finite value of the whole table (`0...0` when none is finite).
    public var valueRange: ClosedRange<Double> {
        Self.range(of: values)
    }

    /// How the cell at `row`, `column` is shaded, or `nil` for a NaN (left unshaded, where pandas paints the colour
    /// map's transparent "bad" colour, which shows as black).
    ///
    /// ```swift
    /// table.shading(row: 0, column: 0)?.background.hex  // "#ffffff"
    /// ```
    public func shading(row: Int, column: Int) -> Shading? {
        let range =
            switch axis {
            case .table: valueRange
            case .columns: Self.range(of: (0..<rows).map { self[$0, column] })
            case .rows: Self.range(of: values[row * columns..<(row + 1) * columns])
            }
        return shading(of: self[row, column], in: range)
    }

    /// Every cell's shading, row-major, each range computed once.
    ///
    /// ```swift
    /// for (index, shading) in table.shadings().enumerated() { ... }
    /// ```
    public func shadings() -> [Shading?] {
        switch axis {
        case .table:
            let range = valueRange
            return values.map { shading(of: $0, in: range) }
        case .columns:
            let ranges = (0..<columns).map { column in
                Self.range(of: (0..<rows).map { self[$0, column] })
            }
            return values.indices.map { shading(of: values[$0], in: ranges[$0 % columns]) }
        case .rows:
            let ranges = (0..<rows).map { row in Self.range(of: values[row * columns..<(row + 1) * columns]) }
            return values.indices.map { shading(of: values[$0], in: ranges[$0 / columns]) }
        }
    }

    /// The shading of a value in the range its column, row or table spans.
    private func shading(of value: Double, in range: ClosedRange<Double>) -> Shading? {
        guard !value.isNaN else { return nil }
        let span = range.upperBound - range.lowerBound
        let colour = colourMap.colour(at: span > 0 ? (value - range.lowerBound) / span : 0)
        return Shading(background: colour, lightText: colour.wantsLightText)
    }

    /// The smallest to the largest finite value of `values` (`0...0` when none is finite): the colour map's ends.
    private static func range(of values: some Sequence<Double>) -> ClosedRange<Double> {
        finiteValueRange(of: values) ?? 0...0
    }
}
