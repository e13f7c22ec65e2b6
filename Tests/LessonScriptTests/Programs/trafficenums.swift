// Enums with methods, mutating cycles, synthesized Comparable and CaseIterable, static factories.
enum Light: CaseIterable, Comparable {
    case red, yellow, green

    mutating func advance() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }

    var seconds: Int {
        switch self {
        case .red: 30
        case .yellow: 5
        case .green: 25
        }
    }

    static func longest() -> Light {
        allCases.max { $0.seconds < $1.seconds }!
    }
}

enum Phase: Int, CaseIterable, CustomStringConvertible {
    case warmup = 1, train, validate, done

    var next: Phase? { Phase(rawValue: rawValue + 1) }
    var description: String { "phase \(rawValue)" }
}

var light = Light.red
var timeline: [String] = []
for _ in 0..<5 {
    timeline.append("\(light)(\(light.seconds))")
    light.advance()
}
print(timeline.joined(separator: " -> "))
print(Light.allCases, Light.allCases.count, Light.longest(), Light.red < .green, Light.allCases.sorted(by: >))
print(Light.allCases.map(\.seconds).reduce(0, +), [Light.green, .red, .yellow].sorted(), [Light.green, .red].min()!)
var phase: Phase? = .warmup
var visited: [Int] = []
while let current = phase {
    visited.append(current.rawValue)
    phase = current.next
}
print(visited, Phase.allCases.last!.rawValue, Phase(rawValue: 9) == nil)
print(Phase.train)
print(Phase.allCases.filter { $0.rawValue % 2 == 0 }.map { "\($0)" })
let lookup = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0.rawValue, $0) })
print(lookup[3].map { "\($0)" } ?? "none", lookup.count)
