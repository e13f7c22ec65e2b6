/// A table of numbers shaded like pandas' `df.style.background_gradient(cmap)` (`showTable`): every cell's
/// background is the colour map at the cell's value, scaled from the table's minimum to its maximum, and its
/// text turns light on dark cells (pandas' rule: relative luminance below 0.408).
///
/// pandas scales each column on its own by default (`axis=0`); the lessons' spec scales the whole table, so
/// that a picture shown as numbers keeps one scale, as `showImage` does.
///
/// ```swift
/// let table = try TableDisplay(rows: 1, columns: 3, values: [0, 128, 255], isIntegral: true,
///                              colourMap: .greys, fontSize: 6)
/// table.formattedValues()            // ["0", "128", "255"]
/// table.shading(row: 0, column: 2)   // TableDisplay.Shading(background: black, lightText: true)
/// ```
public struct TableDisplay: Sendable, Equatable {
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

    /// A table; throws unless both sizes are positive and `values` holds `rows * columns` numbers.
    ///
    /// ```swift
    /// let pixels = try TableDisplay(rows: 11, columns: 18, values: crop, isIntegral: true, colourMap: .greys)
    /// ```
    public init(
        rows: Int, columns: Int, values: [Double], isIntegral: Bool = false, colourMap: ColourMap = .puBu,
        fontSize: Double? = nil
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
    }

    /// The value at a row and column.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    /// The smallest to the largest finite value (`0...0` when none is finite): the colour map's two ends.
    public var valueRange: ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...0 }
        return low...high
    }

    /// How the cell at `row`, `column` is shaded, or `nil` for a NaN (left unshaded).
    ///
    /// ```swift
    /// table.shading(row: 0, column: 0)?.background.hex  // "#ffffff"
    /// ```
    public func shading(row: Int, column: Int) -> Shading? {
        shading(of: self[row, column], in: valueRange)
    }

    /// The shading of a value, given the table's range (computed once by callers shading every cell).
    func shading(of value: Double, in range: ClosedRange<Double>) -> Shading? {
        guard !value.isNaN else { return nil }
        let span = range.upperBound - range.lowerBound
        let colour = colourMap.colour(at: span > 0 ? (value - range.lowerBound) / span : 0)
        return Shading(background: colour, lightText: colour.wantsLightText)
    }

    /// Every cell's shading, row-major, with the range computed once.
    ///
    /// ```swift
    /// for (index, shading) in table.shadings().enumerated() { ... }
    /// ```
    public func shadings() -> [Shading?] {
        let range = valueRange
        return values.map { shading(of: $0, in: range) }
    }
}
