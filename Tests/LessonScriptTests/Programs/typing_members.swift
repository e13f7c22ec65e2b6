// Members of the cells' own types: properties with observers, subscripts, static factories, enums that change
// themselves, overridden properties; what each member gives is typed, and every use here fits.
struct Temperature {
    var celsius: Double {
        didSet { fahrenheit = celsius * 9 / 5 + 32 }
    }
    private(set) var fahrenheit: Double
    init(celsius: Double) {
        self.celsius = celsius
        fahrenheit = celsius * 9 / 5 + 32
    }
    static func freezing() -> Temperature { Temperature(celsius: 0) }
    static let boiling = Temperature(celsius: 100)
}
var t = Temperature.freezing()
t.celsius = 25
print(t.fahrenheit, Temperature.boiling.fahrenheit, t.celsius + 1)
struct Grid {
    var cells: [Double]
    let width: Int
    subscript(row: Int, column: Int) -> Double {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }
}
var grid = Grid(cells: [0, 0, 0, 0], width: 2)
grid[1, 0] = 3
grid[0, 1] += 2
print(grid.cells, grid[1, 0] * 2)
enum Light {
    case red, yellow, green
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
    var canGo: Bool { self == .green }
}
var light = Light.red
light.next()
print(light, light.canGo)
class Shape {
    var sides: Int { 0 }
    var name: String { "shape with \(sides) sides" }
}
final class Triangle: Shape {
    override var sides: Int { 3 }
}
let shapes: [Shape] = [Shape(), Triangle()]
print(shapes.map { $0.name }, shapes.map { $0.sides }.reduce(0, +))
struct Matrix {
    var rows: [[Double]]
    var transposed: Matrix {
        Matrix(rows: (0..<rows[0].count).map { column in rows.map { $0[column] } })
    }
    mutating func scale(by factor: Double) {
        for index in rows.indices {
            rows[index] = rows[index].map { $0 * factor }
        }
    }
}
var m = Matrix(rows: [[1, 2], [3, 4]])
m.scale(by: 2)
print(m.transposed.rows, m.rows[1][0] / 4)
struct Account {
    var balance = 0.0
    var history: [Double] = []
    mutating func deposit(_ amount: Double) {
        balance += amount
        history.append(amount)
    }
}
var account = Account()
account.deposit(10)
account.deposit(2.5)
print(account.balance, account.history.count, account.history.max() ?? 0)
func move(_ value: inout Double, by step: Double) { value += step }
move(&account.balance, by: 1)
print(account.balance)
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func scaled(by factor: Double) -> [Double] { map { $0 * factor } }
}
print([1.0, 2.0, 4.0].mean, [1.5, 2.5].scaled(by: 2))
