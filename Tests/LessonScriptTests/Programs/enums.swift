// Enums: raw values, associated values, indirect cases, methods, and patterns in switch, if case, for case.
enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
    var isInner: Bool { rawValue <= 2 }
}
print(Planet.earth.rawValue, Planet(rawValue: 4) ?? .mercury, Planet(rawValue: 9) == nil)
print(Planet.allCases.filter { $0.isInner }, Planet.allCases.count)

enum Unit: String {
    case meters = "m", seconds = "s"
    case grams
}
print(Unit.meters.rawValue, Unit.grams.rawValue, Unit(rawValue: "s") ?? .grams)

enum Layer {
    case linear(inputs: Int, outputs: Int)
    case relu
    case dropout(Double)
    var parameterCount: Int {
        switch self {
        case .linear(let inputs, let outputs): return inputs * outputs + outputs
        case .relu, .dropout: return 0
        }
    }
}
let layers: [Layer] = [.linear(inputs: 784, outputs: 30), .relu, .dropout(0.5), .linear(inputs: 30, outputs: 1)]
print(layers.map { $0.parameterCount }, layers.map { $0.parameterCount }.reduce(0, +))
for layer in layers {
    if case .linear(let inputs, _) = layer, inputs > 100 {
        print("big input layer:", inputs)
    }
}
for case .linear(_, let outputs) in layers {
    print("outputs:", outputs)
}
for case let .dropout(rate) in layers where rate > 0.1 {
    print("dropout", rate)
}

indirect enum Expression {
    case number(Int)
    case add(Expression, Expression)
    case multiply(Expression, Expression)
    func evaluate() -> Int {
        switch self {
        case .number(let value): return value
        case let .add(lhs, rhs): return lhs.evaluate() + rhs.evaluate()
        case let .multiply(lhs, rhs): return lhs.evaluate() * rhs.evaluate()
        }
    }
}
let expression = Expression.add(.number(2), .multiply(.number(3), .number(4)))
print(expression.evaluate())

enum Tree {
    case leaf
    indirect case node(Tree, Int, Tree)
    var sum: Int {
        switch self {
        case .leaf: return 0
        case .node(let left, let value, let right): return left.sum + value + right.sum
        }
    }
}
let tree = Tree.node(.node(.leaf, 1, .leaf), 2, .node(.leaf, 3, .leaf))
print(tree.sum)

let values: [Int?] = [1, nil, 3]
for case let x? in values { print("value", x) }
for case let x? in [1, nil, 3] { print("literal", x) }
let maybe: Int? = 5
if case .some(let wrapped) = maybe { print("wrapped", wrapped) }
switch (3, "x") {
case (let n, "x") where n > 2: print("big x", n)
default: print("other")
}

enum Direction {
    case north, south, east, west
    mutating func turnRight() {
        switch self {
        case .north: self = .east
        case .east: self = .south
        case .south: self = .west
        case .west: self = .north
        }
    }
}
var heading = Direction.north
heading.turnRight()
heading.turnRight()
print(heading, heading == .south, heading != .north)

enum Grade: Comparable {
    case low, medium, high
}
print(Grade.low < Grade.high, [Grade.high, .low, .medium].sorted(), [Grade.medium, .high].max() ?? .low)
