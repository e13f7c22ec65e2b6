// Generic structs and enums with constraints on methods and conformances that depend on the type parameter.
struct Pair<First, Second> {
    var first: First
    var second: Second
    func swapped() -> Pair<Second, First> { Pair<Second, First>(first: second, second: first) }
    func mapFirst<T>(_ transform: (First) -> T) -> Pair<T, Second> {
        Pair<T, Second>(first: transform(first), second: second)
    }
}

extension Pair: Equatable where First: Equatable, Second: Equatable {}

extension Pair: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}

enum Either<Left, Right> {
    case left(Left)
    case right(Right)
    var leftValue: Left? {
        if case .left(let value) = self { return value }
        return nil
    }
    func fold<T>(_ onLeft: (Left) -> T, _ onRight: (Right) -> T) -> T {
        switch self {
        case .left(let value): return onLeft(value)
        case .right(let value): return onRight(value)
        }
    }
}

struct Matrix<Element> {
    let rows: Int
    let columns: Int
    var storage: [Element]
    init(rows: Int, columns: Int, repeating value: Element) {
        self.rows = rows
        self.columns = columns
        storage = Array(repeating: value, count: rows * columns)
    }
    subscript(row: Int, column: Int) -> Element {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }
}

let pair = Pair(first: "epochs", second: 3)
print(pair, pair.swapped(), pair.mapFirst { $0.count })
print(pair == Pair(first: "epochs", second: 3), pair.swapped() == Pair(first: 4, second: "epochs"))
let results: [Either<String, Int>] = [.left("error"), .right(42), .right(7)]
print(results.compactMap { $0.leftValue })
print(results.map { $0.fold({ "message \($0)" }, { "value \($0)" }) })
print(results.map { $0.fold({ $0.count }, { $0 * 2 }) }.reduce(0, +))
var grid = Matrix(rows: 2, columns: 3, repeating: 0)
grid[1, 2] = 5
grid[0, 0] += 1
print(grid.storage, grid[1, 2])
var labels = Matrix(rows: 1, columns: 2, repeating: "")
labels[0, 1] = "b"
print(labels.storage)
