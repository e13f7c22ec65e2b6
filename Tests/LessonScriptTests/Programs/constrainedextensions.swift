// Extensions constrained by the element type: the same method name for arrays of Int, of Double and of String,
// each applying only to its own element type, next to an unconstrained one and one for Equatable elements.
extension Array where Element == Int {
    func summary() -> String { "\(count) integers summing to \(reduce(0, +))" }
    var evens: [Int] { filter { $0 % 2 == 0 } }
}

extension Array where Element == Double {
    func summary() -> String { "\(count) numbers with mean \(reduce(0, +) / Double(count))" }
}

extension Array where Element == String {
    func summary() -> String { "\(count) words: " + joined(separator: " ") }
}

extension Array where Element: Equatable {
    func occurrences(of target: Element) -> Int { filter { $0 == target }.count }
}

extension Array {
    func second() -> Element? { count > 1 ? self[1] : nil }
}

let integers = [1, 2, 3, 4]
let numbers = [0.5, 1.5, 4.0]
let words = ["deep", "learning", "deep"]
print(integers.summary())
print(numbers.summary())
print(words.summary())
print(integers.evens, words.occurrences(of: "deep"), integers.occurrences(of: 7))
print(integers.second() ?? 0, words.second() ?? "", [Int]().second() == nil)

struct Box<Content> {
    var content: Content
}

extension Box where Content == Int {
    func doubled() -> Int { content * 2 }
}

extension Box where Content == String {
    func doubled() -> String { content + content }
}

print(Box(content: 21).doubled(), Box(content: "ab").doubled())

extension Dictionary where Value == Int {
    var total: Int { values.reduce(0, +) }
}
print(["a": 1, "b": 2].total)
