// Operators on cell types, Equatable enums with payloads, observed private(set) properties, conformances added by extensions, labelled tuples, closures and dictionaries.
struct Matrix: CustomStringConvertible, Equatable {
    var rows: [[Double]]
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var result = Array(repeating: Array(repeating: 0.0, count: b.rows[0].count), count: a.rows.count)
        for i in 0..<a.rows.count {
            for j in 0..<b.rows[0].count {
                for k in 0..<b.rows.count { result[i][j] += a.rows[i][k] * b.rows[k][j] }
            }
        }
        return Matrix(rows: result)
    }
    var description: String { rows.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n") }
}
let m = Matrix(rows: [[1, 2], [3, 4]])
print(m * m)
print(m == Matrix(rows: [[1, 2], [3, 4]]))

enum Token: Equatable {
    case number(Double)
    case op(Character)
}
let tokens: [Token] = [.number(1), .op("+"), .number(2)]
print(tokens.contains(.op("+")), tokens.firstIndex(of: .number(2)) ?? -1)
switch tokens[1] {
case .op(let c) where c == "+": print("plus")
default: print("other")
}

class Account {
    private(set) var balance: Double = 0 {
        didSet { history.append(balance) }
    }
    var history: [Double] = []
    func deposit(_ x: Double) { balance += x }
}
let acc = Account()
acc.deposit(10); acc.deposit(5)
print(acc.balance, acc.history)

struct Celsius { var value: Double }
extension Celsius: CustomStringConvertible { var description: String { "\(value)°C" } }
extension Celsius: Comparable { static func < (a: Celsius, b: Celsius) -> Bool { a.value < b.value } }
print([Celsius(value: 3), Celsius(value: -1)].sorted(), Celsius(value: 1) < Celsius(value: 2))

let pairs: [(name: String, score: Int)] = [("a", 3), ("b", 1)]
print(pairs.sorted { $0.score < $1.score }.map { $0.name })
let best = pairs.max { $0.score < $1.score }!
print(best.name, best)

func makeAdder(_ n: Int) -> (Int) -> Int { { $0 + n } }
let add3 = makeAdder(3)
print([1, 2].map(add3))

var fib = [0, 1]
while fib.count < 10 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
print(fib, fib.filter { $0.isMultiple(of: 2) })
let words = "the quick brown the lazy the".split(separator: " ").map(String.init)
let freq = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(freq.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
print(Set(words).count, Dictionary(grouping: words, by: { $0.count }).keys.sorted())
