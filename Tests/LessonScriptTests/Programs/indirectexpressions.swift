// An indirect enum for arithmetic expressions: recursive evaluation, simplification and printing.
indirect enum Expr: CustomStringConvertible {
    case number(Double)
    case variable(String)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)

    var description: String {
        switch self {
        case .number(let value): return "\(value)"
        case .variable(let name): return name
        case let .add(left, right): return "(\(left) + \(right))"
        case let .multiply(left, right): return "\(left) * \(right)"
        case .negate(let inner): return "-\(inner)"
        }
    }

    func evaluate(_ environment: [String: Double]) -> Double? {
        switch self {
        case .number(let value): return value
        case .variable(let name): return environment[name]
        case let .add(left, right):
            guard let a = left.evaluate(environment), let b = right.evaluate(environment) else { return nil }
            return a + b
        case let .multiply(left, right):
            guard let a = left.evaluate(environment), let b = right.evaluate(environment) else { return nil }
            return a * b
        case .negate(let inner):
            return inner.evaluate(environment).map { -$0 }
        }
    }

    func simplified() -> Expr {
        switch self {
        case let .add(.number(a), .number(b)): return .number(a + b)
        case .multiply(.number(0), _), .multiply(_, .number(0)): return .number(0)
        case .multiply(.number(1), let other), .multiply(let other, .number(1)): return other.simplified()
        case let .add(left, right): return .add(left.simplified(), right.simplified())
        case let .multiply(left, right): return .multiply(left.simplified(), right.simplified())
        case .negate(.negate(let inner)): return inner.simplified()
        default: return self
        }
    }

    var depth: Int {
        switch self {
        case .number, .variable: return 1
        case .add(let l, let r), .multiply(let l, let r): return 1 + max(l.depth, r.depth)
        case .negate(let inner): return 1 + inner.depth
        }
    }
}

let x = Expr.variable("x")
let expression = Expr.add(.multiply(.number(1), .add(x, .number(2))), .negate(.negate(.number(3))))
print(expression, expression.depth)
print(expression.evaluate(["x": 4]) ?? .nan, expression.evaluate([:]) == nil)
let simple = expression.simplified()
print(simple, simple.depth, simple.evaluate(["x": 0.5])!)
print(Expr.multiply(x, .number(0)).simplified(), Expr.add(.number(1.5), .number(2)).simplified())

indirect enum List<Element> {
    case empty
    case node(Element, List<Element>)
    func toArray() -> [Element] {
        if case let .node(head, tail) = self { return [head] + tail.toArray() }
        return []
    }
}
let list = List.node(1, .node(2, .node(3, .empty)))
print(list.toArray(), List<String>.empty.toArray().isEmpty)
