import LessonDisplay
import Testing

struct TableDisplayTests {
    /// `pd.DataFrame(values).style.background_gradient(cmap, axis=None)` recorded with pandas 3.1: background
    /// and text colour of each cell, row by row.
    @Test(arguments: [
        (
            ColourMap.puBu,
            [
                ("#fff7fb", false), ("#f0eaf4", false), ("#d0d1e6", false), ("#9cb9d9", false), ("#73a9cf", true),
                ("#2987bc", true), ("#0567a2", true), ("#023858", true),
            ]
        ),
        (
            ColourMap.greys,
            [
                ("#ffffff", false), ("#f3f3f3", false), ("#d9d9d9", false), ("#b5b5b5", false), ("#959595", true),
                ("#6a6a6a", true), ("#404040", true), ("#000000", true),
            ]
        ),
        (
            ColourMap.viridis,
            [
                ("#440154", true), ("#482475", true), ("#3b528b", true), ("#2a788e", true), ("#21918c", true),
                ("#32b67a", true), ("#7ad151", false), ("#fde725", false),
            ]
        ),
    ])
    func shadingMatchesPandas(map: ColourMap, expected: [(String, Bool)]) throws {
        let table = try TableDisplay(
            rows: 2, columns: 4, values: [0.0, 0.1, 0.25, 0.4, 0.5, 0.66, 0.8, 1.0], colourMap: map, axis: .table)
        let shadings = table.shadings().map { ($0?.background.hex ?? "", $0?.lightText ?? false) }
        #expect(shadings.map(\.0) == expected.map(\.0))
        #expect(shadings.map(\.1) == expected.map(\.1))
    }

    @Test func floatsShareTheFewestDecimalsThatShowEveryValue() throws {
        #expect(try TableDisplay(rows: 1, columns: 2, values: [0, 0.5]).formattedValues() == ["0.0", "0.5"])
        #expect(
            try TableDisplay(rows: 1, columns: 3, values: [0, 0.5, 0.123456789]).formattedValues() == [
                "0.000000", "0.500000", "0.123457",
            ])
        #expect(try TableDisplay(rows: 1, columns: 2, values: [-1.25, 3]).formattedValues() == ["-1.25", "3.00"])
        #expect(
            try TableDisplay(rows: 1, columns: 3, values: [.nan, .infinity, -.infinity]).formattedValues() == [
                "nan", "inf", "-inf",
            ])
    }

    @Test func integersPrintWithoutDecimals() throws {
        let table = try TableDisplay(rows: 1, columns: 3, values: [0, 128, -255], isIntegral: true)
        #expect(table.formattedValues() == ["0", "128", "-255"])
    }

    @Test func constantTablesTakeTheFirstColourAndNaNIsUnshaded() throws {
        let table = try TableDisplay(rows: 1, columns: 3, values: [7, 7, .nan], colourMap: .greys)
        #expect(table.shading(row: 0, column: 0)?.background.hex == "#ffffff")
        #expect(table.shading(row: 0, column: 2) == nil)
    }

    @Test func badShapesAreErrors() {
        #expect(throws: DisplayError("a 2x2 table needs 2x2 values, got 3")) {
            try TableDisplay(rows: 2, columns: 2, values: [1, 2, 3])
        }
        #expect(throws: DisplayError.self) { try TableDisplay(rows: 0, columns: 2, values: []) }
        #expect(throws: DisplayError.self) { try TableDisplay(rows: 1, columns: 1, values: [1], fontSize: -2) }
    }
}
