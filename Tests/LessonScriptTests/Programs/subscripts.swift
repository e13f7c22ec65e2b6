// Subscript declarations: get-only and get/set, several parameters, labels, default arguments, overloads by
// label, on structs and classes, and static checks of bounds.
struct Matrix: CustomStringConvertible {
    let rows: Int
    let columns: Int
    private var grid: [Double]

    init(rows: Int, columns: Int, fill: Double = 0) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: fill, count: rows * columns)
    }

    func isValid(_ row: Int, _ column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    subscript(row: Int, column: Int) -> Double {
        get {
            precondition(isValid(row, column), "index out of range")
            return grid[row * columns + column]
        }
        set { grid[row * columns + column] = newValue }
    }

    subscript(row row: Int) -> [Double] {
        Array(grid[row * columns..<(row + 1) * columns])
    }

    subscript(column column: Int) -> [Double] {
        (0..<rows).map { self[$0, column] }
    }

    var description: String {
        (0..<rows).map { self[row: $0].map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n")
    }
}

var m = Matrix(rows: 2, columns: 3)
m[0, 1] = 1.5
m[1, 2] = 4
m[1, 0] += 2
print(m)
print(m[row: 1], m[column: 2], m[0, 1])

final class Config {
    private var values: [String: String] = [:]
    subscript(key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }
    subscript(key: String, default fallback: String) -> String {
        values[key] ?? fallback
    }
    subscript(number key: String) -> Double? { values[key].flatMap { Double($0) } }
}
let config = Config()
config["lr"] = "0.01"
config["name"] = "mnist"
config["name"] = nil
print(config["lr"] ?? "-", config["name"] ?? "-", config["epochs", default: "3"], config[number: "lr"] ?? 0)

struct Polyline {
    var points: [(x: Int, y: Int)]
    subscript(index: Int) -> (x: Int, y: Int) {
        get { points[index] }
        set { points[index] = newValue }
    }
    subscript(range: Range<Int>) -> [(x: Int, y: Int)] { Array(points[range]) }
}
var line = Polyline(points: [(0, 0), (1, 2), (3, 5)])
line[1].y = 10
line[2] = (x: 4, y: 4)
print(line[1], line[0..<2].map { $0.x + $0.y }, line.points.count)
