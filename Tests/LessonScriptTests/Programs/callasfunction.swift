// callAsFunction: values called like functions, with labels, overloads, mutation and generic parameters.
struct Polynomial {
    let coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
    func callAsFunction(_ xs: [Double]) -> [Double] { xs.map { self($0) } }
    var derivative: Polynomial {
        Polynomial(coefficients: coefficients.enumerated().dropFirst().map { Double($0.offset) * $0.element })
    }
}

let square = Polynomial(coefficients: [0, 0, 1])
let line = Polynomial(coefficients: [1, 2])
print(square(3), line(0.5), square([1, 2, 3]), square.derivative(4))

final class Accumulator {
    private(set) var total = 0
    func callAsFunction(add value: Int) -> Int {
        total += value
        return total
    }
    func callAsFunction() -> Int { total }
}
let accumulate = Accumulator()
_ = accumulate(add: 5)
print(accumulate(add: 10), accumulate(), accumulate.total)

struct Counter {
    var count = 0
    mutating func callAsFunction(by step: Int = 1) {
        count += step
    }
}
var counter = Counter()
counter()
counter(by: 4)
counter()
print(counter.count)

struct Scaler<T> {
    let transform: (T) -> T
    let times: Int
    func callAsFunction(_ value: T) -> T {
        var result = value
        for _ in 0..<times { result = transform(result) }
        return result
    }
}
let doubler = Scaler<Int>(transform: { $0 * 2 }, times: 3)
let shouter = Scaler<String>(transform: { $0 + "!" }, times: 2)
print(doubler(5), shouter("hey"))

struct Layer {
    let weight: Double
    let bias: Double
    func callAsFunction(_ x: Double) -> Double { max(0, weight * x + bias) }
}
let network = [Layer(weight: 2, bias: -1), Layer(weight: -0.5, bias: 3), Layer(weight: 1, bias: 0.25)]
let output = network.reduce(1.5) { value, layer in layer(value) }
print(output, network.map { $0(1) })
let functions: [(Double) -> Double] = [square.callAsFunction, line.callAsFunction]
print(functions.map { $0(2) })
