import Foundation
import LessonDisplay
import Testing

/// Every cell's colours against pandas' own (`Golden/table_goldens.json`, made by `Golden/make_table_goldens.py`):
/// three tables, four colour maps, each of pandas' three axes.
struct TableGoldenTests {
    struct Case: Decodable, CustomTestStringConvertible {
        struct Cell: Decodable {
            let background: String
            let color: String
        }
        let table: String
        let rows: Int
        let columns: Int
        let values: [[Double?]]
        let cmap: String
        let axis: Int?
        let cells: [[Cell]]

        var testDescription: String { "\(table) \(cmap) axis=\(axis.map(String.init) ?? "None")" }
    }

    struct Goldens: Decodable {
        let pandas: String
        let cases: [Case]
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/table_goldens.json")
        guard let data = try? Data(contentsOf: url), let goldens = try? JSONDecoder().decode(Goldens.self, from: data)
        else { return [] }
        return goldens.cases
    }()

    @Test func theGoldensAreThere() {
        #expect(Self.cases.count == 36)
    }

    @Test(arguments: cases) func shadesEachCellAsPandas(golden: Case) throws {
        let map = try #require(ColourMap(named: golden.cmap))
        let axis: TableDisplay.GradientAxis = golden.axis == 0 ? .columns : golden.axis == 1 ? .rows : .table
        let table = try TableDisplay(
            rows: golden.rows, columns: golden.columns, values: golden.values.joined().map { $0 ?? .nan },
            colourMap: map, axis: axis)
        let shadings = table.shadings()
        for row in 0..<golden.rows {
            for column in 0..<golden.columns {
                let expected = golden.cells[row][column]
                let shading = shadings[row * golden.columns + column]
                #expect(shading == table.shading(row: row, column: column))
                guard golden.values[row][column] != nil else {
                    // pandas paints a missing value with the map's transparent "bad" colour, black on screen.
                    #expect(expected.background == "#000000" && shading == nil)
                    continue
                }
                #expect(shading?.background.hex == expected.background, "cell \(row), \(column)")
                #expect(shading?.lightText == (expected.color == "#f1f1f1"), "cell \(row), \(column)")
            }
        }
    }
}
