// callAsFunction, subscript declarations, and tuples with labelled type annotations.
struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
}
let square = Polynomial(coefficients: [0, 0, 1])
print(square(3), [1.0, 2.0].map { square($0) })

class Scaler {
    var factor: Double
    init(factor: Double) { self.factor = factor }
    func callAsFunction(_ values: [Double]) -> [Double] { values.map { $0 * factor } }
    func callAsFunction(_ value: Double, offset: Double) -> Double { value * factor + offset }
}
let double = Scaler(factor: 2)
print(double([1, 2, 3]), double(5, offset: 1))

struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    subscript(row: Int, column: Int) -> Double {
        get { grid[row * columns + column] }
        set { grid[row * columns + column] = newValue }
    }
    subscript(row row: Int) -> [Double] {
        Array(grid[(row * columns)..<(row * columns + columns)])
    }
}
var matrix = Matrix(rows: 2, columns: 2)
matrix[0, 1] = 1.5
matrix[1, 0] += 2
print(matrix[0, 1], matrix[1, 0], matrix[row: 1], matrix.grid)

class Registry {
    private var entries: [String: Int] = [:]
    subscript(key: String) -> Int? {
        get { entries[key] }
        set { entries[key] = newValue }
    }
}
let registry = Registry()
registry["a"] = 1
registry["b"] = 2
registry["a"] = nil
print(registry["a"] ?? -1, registry["b"] ?? -1)

let point: (x: Int, y: Int) = (1, 2)
print(point.x, point.y, point)
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    (xs.min() ?? 0, xs.max() ?? 0)
}
let bounds = minMax([3, 1, 4])
print(bounds.min, bounds.max, bounds)
var size: (width: Double, height: Double) = (3, 4)
size.width *= 2
print(size)
