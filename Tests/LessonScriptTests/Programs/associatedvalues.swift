// Enums with associated values: labelled and unlabelled payloads, computed properties and methods that switch
// over them, mutating methods that replace the case, and values of the enum in collections.
enum Instruction {
    case push(Int)
    case pop
    case add, multiply
    case jump(to: Int, when: Bool)
    case label(String)
}

enum Measurement: CustomStringConvertible {
    case length(meters: Double)
    case weight(kilograms: Double)
    case count(Int)

    var description: String {
        switch self {
        case let .length(meters): return "\(meters) m"
        case .weight(let kilograms) where kilograms < 1: return "\(kilograms * 1000) g"
        case .weight(let kilograms): return "\(kilograms) kg"
        case .count(let n): return "\(n) items"
        }
    }

    mutating func scale(by factor: Int) {
        switch self {
        case .length(let meters): self = .length(meters: meters * Double(factor))
        case .weight(let kilograms): self = .weight(kilograms: kilograms * Double(factor))
        case .count(let n): self = .count(n * factor)
        }
    }
}

func run(_ program: [Instruction]) -> [Int] {
    var stack: [Int] = []
    for instruction in program {
        switch instruction {
        case .push(let value):
            stack.append(value)
        case .pop:
            _ = stack.popLast()
        case .add, .multiply:
            let b = stack.removeLast()
            let a = stack.removeLast()
            if case .add = instruction { stack.append(a + b) } else { stack.append(a * b) }
        case .jump(let target, when: true):
            print("would jump to", target)
        case .jump:
            break
        case .label(let name):
            print("label", name)
        }
    }
    return stack
}

print(run([.label("start"), .push(2), .push(3), .add, .push(4), .multiply, .jump(to: 0, when: false)]))
print(run([.push(1), .push(2), .pop, .jump(to: 3, when: true), .push(5)]))

var things: [Measurement] = [.length(meters: 2.5), .weight(kilograms: 0.25), .weight(kilograms: 3), .count(4)]
print(things)
for index in things.indices { things[index].scale(by: 2) }
print(things.map { $0.description })
let heavy = things.filter {
    if case .weight(let kilograms) = $0 { return kilograms > 1 }
    return false
}
print(heavy)
