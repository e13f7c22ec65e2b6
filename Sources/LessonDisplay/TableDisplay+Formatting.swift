extension TableDisplay {
    /// The most decimals a float table shows (pandas' `display.precision`).
    static let maximumDecimals = 6

    /// Every value as the table shows it, row-major: integers as integers; floats with the fewest decimals
    /// (1 to 6) that show every value of the table rounded to 6 decimals, as pandas prints a float column
    /// (`0.0`, `0.5`, `0.123457`), but with one count of decimals for the whole table so columns line up;
    /// `nan`, `inf` and `-inf` as pandas writes them.
    ///
    /// ```swift
    /// try TableDisplay(rows: 1, columns: 3, values: [0, 0.5, 0.123456789]).formattedValues()
    /// // ["0.000000", "0.500000", "0.123457"]
    /// try TableDisplay(rows: 1, columns: 2, values: [0, 0.5]).formattedValues()  // ["0.0", "0.5"]
    /// ```
    public func formattedValues() -> [String] {
        if isIntegral { return values.map(Self.integerText) }
        let decimals = values.reduce(1) { max($0, Self.decimalsNeeded($1)) }
        return values.map { FixedDecimals.text($0, decimals: decimals) }
    }

    /// An integral value without decimals.
    private static func integerText(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 9.2e18 else { return FixedDecimals.text(value, decimals: 0) }
        return String(Int64(value))
    }

    /// How many decimals (0...6) a value needs once rounded to 6 decimals.
    private static func decimalsNeeded(_ value: Double) -> Int {
        let text = FixedDecimals.text(value, decimals: maximumDecimals)
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction.count - fraction.reversed().prefix { $0 == "0" }.count
    }
}
