// Patterns: tuples in switch, optional patterns, where clauses, guard case, value bindings and ranges.
indirect enum Command {
    case move(dx: Int, dy: Int)
    case say(String)
    case repeatTimes(Int, Command)
    case stop
}

func classify(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (let x, 0), (0, let x): return "axis \(x)"
    case let (x, y) where x == y: return "diagonal"
    case (-5...5, -5...5): return "near"
    case (_, let y) where y < 0: return "below"
    default: return "far"
    }
}

func run(_ command: Command, depth: Int = 0) -> [String] {
    switch command {
    case .move(let dx, 0): return ["horizontal \(dx)"]
    case .move(0, let dy): return ["vertical \(dy)"]
    case let .move(dx, dy): return ["move \(dx),\(dy)"]
    case .say(let text) where text.isEmpty: return ["..."]
    case .say(let text): return [text.uppercased()]
    case .repeatTimes(let n, let inner) where n > 0:
        return (0..<n).flatMap { _ in run(inner, depth: depth + 1) }
    case .repeatTimes: return []
    case .stop: return ["stop"]
    }
}

for p in [(0, 0), (3, 0), (0, -2), (4, 4), (2, -3), (1, -9), (9, 9), (10, 2)] {
    print(p, classify(p))
}
let program: [Command] = [
    .move(dx: 2, dy: 0), .say("hi"), .repeatTimes(2, .move(dx: 1, dy: 1)), .say(""), .stop,
    .repeatTimes(0, .stop), .move(dx: 0, dy: 3),
]
print(program.flatMap { run($0) })
let values: [Int?] = [1, nil, 3, nil, 5]
for case let v? in values where v > 1 { print("value", v) }
var count = 0
for case nil in values { count += 1 }
print("nils:", count)
func firstSay(_ commands: [Command]) -> String {
    for command in commands {
        guard case .say(let text) = command else { continue }
        return text
    }
    return "none"
}
print(firstSay(program), firstSay([.stop]))
if case .repeatTimes(let n, .move(let dx, _)) = program[2] { print("repeat", n, "moves of", dx) }
let pairs = [(1, "one"), (2, "two"), (3, "three")]
for (number, name) in pairs where number % 2 == 1 { print(number, name) }
switch (values[0], values[1]) {
case (let a?, let b?): print("both", a, b)
case (let a?, nil): print("only first", a)
case (nil, _): print("no first")
}
let grade = 87
switch grade {
case 90...: print("A")
case 80..<90: print("B")
case ..<80: print("C")
default: print("?")
}
let text = "epoch"
switch text {
case "train", "epoch": print("training word")
case let other where other.hasPrefix("ep"): print("ep-word")
default: print("other")
}
