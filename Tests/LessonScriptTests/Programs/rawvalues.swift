// Enums with raw values: implicit Int and String raw values, explicit ones, init?(rawValue:), CaseIterable,
// and methods and computed properties on the cases.
enum Weekday: Int, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday
    case saturday = 10, sunday

    var isWeekend: Bool { rawValue >= 10 }
    var next: Weekday {
        let all = Weekday.allCases
        let index = all.firstIndex(of: self)!
        return all[(index + 1) % all.count]
    }
}

enum Dataset: String, CaseIterable {
    case train, valid
    case test = "holdout"
}

enum Activation: String {
    case relu = "ReLU"
    case softsign = "Softsign"
    case identity
    func apply(_ x: Double) -> Double {
        switch self {
        case .relu: return max(0, x)
        case .softsign: return x / (1 + abs(x))
        case .identity: return x
        }
    }
}

enum Rate: Double {
    case slow = 0.001, normal = 0.01, fast = 0.1
}

print(Weekday.wednesday.rawValue, Weekday.sunday.rawValue, Weekday(rawValue: 10) ?? .monday)
print(Weekday(rawValue: 6) == nil, Weekday.friday.next, Weekday.sunday.next)
print(Weekday.allCases.filter { $0.isWeekend }, Weekday.allCases.count)
print(Dataset.allCases.map { $0.rawValue }, Dataset(rawValue: "holdout") ?? .train)
print(Dataset(rawValue: "test") == nil, Dataset.valid)
let activations = ["ReLU", "identity", "Softmax", "Softsign"].map { Activation(rawValue: $0) }
print(activations)
for activation in activations.compactMap({ $0 }) {
    print(activation.rawValue, activation.apply(-1), activation.apply(0.5))
}
print(Rate.fast.rawValue * 10, Rate(rawValue: 0.01) ?? .slow, Rate.slow)
let schedule = [Rate.fast, .normal, .slow].map { $0.rawValue }
print(schedule, schedule.reduce(0, +))
