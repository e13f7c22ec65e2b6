// if case, guard case and for case: enum payloads, optionals, ranges and tuples matched outside switch.
enum Event {
    case login(user: String)
    case logout(user: String)
    case error(code: Int, message: String)
    case tick
}

let events: [Event] = [
    .login(user: "ann"), .tick, .error(code: 404, message: "not found"), .login(user: "bob"),
    .error(code: 500, message: "crash"), .logout(user: "ann"), .tick,
]

for case .login(let user) in events {
    print("logged in:", user)
}
for case let .error(code, message) in events where code >= 500 {
    print("server error", code, message)
}
var ticks = 0
for case .tick in events { ticks += 1 }
print("ticks:", ticks)

if case .error(404, _) = events[2] {
    print("a 404")
}
if case .logout(let user) = events[5], user.hasPrefix("a") {
    print("\(user) left")
}

func firstError(in events: [Event]) -> Int {
    for event in events {
        guard case .error(let code, _) = event else { continue }
        return code
    }
    return 0
}
print(firstError(in: events), firstError(in: [.tick]))

let scores: [Int?] = [90, nil, 72, nil, 58]
for case let score? in scores {
    print("score", score, terminator: "; ")
}
print()
for case let score? in scores where score < 80 {
    print("needs work:", score)
}
let present = scores.compactMap { $0 }.count
print(present)

let temperature = 23
if case 18...25 = temperature {
    print("comfortable")
}
let pairs = [(1, "one"), (2, "two"), (3, "three")]
for case (let number, let name) in pairs where number % 2 == 1 {
    print(number, name)
}
let maybe: (Int, String)? = (7, "seven")
if case let (n, word)? = maybe {
    print(n, word)
}
if case .some(let value) = scores[0] { print("first", value) }
if case .none = scores[1] { print("second missing") }
