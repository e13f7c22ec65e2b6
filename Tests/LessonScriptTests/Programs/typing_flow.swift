// Control flow, patterns and errors with the types they bind: tuples, enum payloads, optionals, characters.
enum Token {
    case number(Double)
    case word(String)
    case end
}
func describe(_ token: Token) -> String {
    switch token {
    case .number(let value) where value > 100: return "big \(value)"
    case .number(let value): return "number \(value * 2)"
    case .word(let text): return "word \(text.count)"
    case .end: return "end"
    }
}
print([Token.number(3), .number(500), .word("hi"), .end].map(describe))
let point = (x: 3, y: -2)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("on x", x)
case (_, let y) where y < 0: print("below", y + 1)
default: print("elsewhere")
}
var letters = 0
for character in "a1b2" {
    if character.isLetter { letters += 1 }
    if character == "b" { print("found b") }
}
print(letters, String("abc".reversed()), "abc".uppercased())
let scores = ["ann": 3, "bob": 5]
for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
    print(name, score * 2)
}
print(scores.keys.sorted(), scores.values.reduce(0, +))
enum ParseError: Error {
    case empty
    case notANumber(String)
}
func parse(_ text: String) throws -> Int {
    guard !text.isEmpty else { throw ParseError.empty }
    guard let value = Int(text) else { throw ParseError.notANumber(text) }
    return value
}
do {
    print(try parse("12") + 1)
    print(try parse("x"))
} catch ParseError.notANumber(let text) {
    print("not a number:", text)
} catch {
    print("other", error)
}
print((try? parse("")) ?? -1, try! parse("7") * 3)
func minMax(_ values: [Int]) -> (min: Int, max: Int)? {
    guard let first = values.first else { return nil }
    var result = (min: first, max: first)
    for value in values.dropFirst() {
        result.min = min(result.min, value)
        result.max = max(result.max, value)
    }
    return result
}
if let bounds = minMax([4, 1, 9]) {
    print(bounds.min, bounds.max, bounds.max - bounds.min)
}
let (low, high) = minMax([2, 8])!
print(low + high)
var countdown = 3
repeat {
    countdown -= 1
} while countdown > 0
print(countdown)
outer: for i in 0..<3 {
    for j in 0..<3 where i + j == 3 {
        print("pair", i, j)
        break outer
    }
}
let total = stride(from: 0.0, through: 1.0, by: 0.5).reduce(0, +)
print(total, Int(total.rounded()), 7.isMultiple(of: 2), abs(-2.5), max(countdown, 4))
let maybeWords: [String?] = ["a", nil, "bc"]
for case let word? in maybeWords {
    print(word.count)
}
let ratio = Double(letters) / 4
print(ratio > 0.4 ? "many" : "few", ratio)
