// A matrix type with subscripts, callAsFunction, operators and Equatable.
struct Matrix: Equatable, CustomStringConvertible {
    let rows: Int
    let columns: Int
    private var storage: [Double]

    init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        storage = Array(repeating: value, count: rows * columns)
    }

    init(_ values: [[Double]]) {
        self.init(rows: values.count, columns: values.first?.count ?? 0)
        for (i, row) in values.enumerated() {
            for (j, v) in row.enumerated() { self[i, j] = v }
        }
    }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    subscript(row row: Int) -> [Double] {
        Array(storage[row * columns..<(row + 1) * columns])
    }

    var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { t[j, i] = self[i, j] }
        }
        return t
    }

    func callAsFunction(_ v: [Double]) -> [Double] {
        (0..<rows).map { i in zip(self[row: i], v).map(*).reduce(0, +) }
    }

    static func * (a: Matrix, b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                for k in 0..<a.columns { c[i, j] += a[i, k] * b[k, j] }
            }
        }
        return c
    }

    var description: String {
        (0..<rows).map { "\(self[row: $0])" }.joined(separator: "\n")
    }
}

var m = Matrix([[1, 2], [3, 4]])
print(m)
m[0, 1] = 5
print(m[row: 0], m(([1, 1])))
let identity = Matrix([[1, 0], [0, 1]])
print(m * identity == m, m.transposed == m, m.transposed.transposed == m)
print(m * m.transposed)
let weights = Matrix(rows: 2, columns: 3, repeating: 0.5)
print(weights([2, 4, 6]), weights.rows, weights.columns)
