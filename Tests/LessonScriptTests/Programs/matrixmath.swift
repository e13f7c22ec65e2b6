// Matrices as a struct: static factory methods, an operator for the product, transposition, Equatable, a
// subscript, and solving a small linear system by Gaussian elimination.
struct Matrix: Equatable, CustomStringConvertible {
    let rows: Int
    let columns: Int
    var values: [Double]

    init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns)
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    static func identity(_ size: Int) -> Matrix {
        Matrix(rows: size, columns: size, values: (0..<size * size).map { $0 % (size + 1) == 0 ? 1 : 0 })
    }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows, values: Array(repeating: 0, count: values.count))
        for r in 0..<rows {
            for c in 0..<columns { result[c, r] = self[r, c] }
        }
        return result
    }

    static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = Matrix(
            rows: lhs.rows, columns: rhs.columns, values: Array(repeating: 0, count: lhs.rows * rhs.columns))
        for r in 0..<lhs.rows {
            for c in 0..<rhs.columns {
                result[r, c] = (0..<lhs.columns).reduce(0) { $0 + lhs[r, $1] * rhs[$1, c] }
            }
        }
        return result
    }

    var description: String {
        (0..<rows).map { r in (0..<columns).map { "\(self[r, $0])" }.joined(separator: " ") }.joined(separator: "\n")
    }
}

func solve(_ a: Matrix, _ b: [Double]) -> [Double]? {
    var m = a
    var x = b
    let n = a.rows
    for pivot in 0..<n {
        guard let best = (pivot..<n).max(by: { abs(m[$0, pivot]) < abs(m[$1, pivot]) }), m[best, pivot] != 0 else {
            return nil
        }
        if best != pivot {
            for c in 0..<n {
                let t = m[pivot, c]
                m[pivot, c] = m[best, c]
                m[best, c] = t
            }
            x.swapAt(pivot, best)
        }
        for r in (pivot + 1)..<n {
            let factor = m[r, pivot] / m[pivot, pivot]
            for c in pivot..<n { m[r, c] -= factor * m[pivot, c] }
            x[r] -= factor * x[pivot]
        }
    }
    var solution = Array(repeating: 0.0, count: n)
    for r in stride(from: n - 1, through: 0, by: -1) {
        let known = ((r + 1)..<n).reduce(0.0) { $0 + m[r, $1] * solution[$1] }
        solution[r] = (x[r] - known) / m[r, r]
    }
    return solution
}

let a = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
print(a)
print(a.transposed)
print(a * a.transposed)
print(Matrix.identity(2) * a == a, a.transposed.transposed == a, Matrix.identity(3).values)
let system = Matrix(rows: 3, columns: 3, values: [2, 1, -1, -3, -1, 2, -2, 1, 2])
print(solve(system, [8, -11, -3]) ?? [])
print(solve(Matrix(rows: 2, columns: 2, values: [1, 2, 2, 4]), [1, 2]) == nil)
