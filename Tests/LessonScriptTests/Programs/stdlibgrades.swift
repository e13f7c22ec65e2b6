// Standard-library members on a gradebook: grouping, reduce(into:), default subscripts and sets.
struct Student {
    let name: String
    let group: String
    let scores: [Int]
}

let students = [
    Student(name: "ada", group: "A", scores: [90, 85, 77]),
    Student(name: "bob", group: "B", scores: [60, 72]),
    Student(name: "cy", group: "A", scores: []),
    Student(name: "dee", group: "C", scores: [100, 95, 98, 91]),
]
let byGroup = Dictionary(grouping: students, by: { $0.group })
for key in byGroup.keys.sorted() {
    print(key, byGroup[key]!.map(\.name))
}
let averages = students.compactMap { s -> (String, Double)? in
    guard !s.scores.isEmpty else { return nil }
    return (s.name, Double(s.scores.reduce(0, +)) / Double(s.scores.count))
}
print(averages.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
let lookup = Dictionary(uniqueKeysWithValues: averages)
print(lookup["dee"] ?? 0, lookup["cy"] == nil)
var tally: [String: Int] = [:]
for s in students { tally[s.group, default: 0] += s.scores.count }
print(tally.sorted { $0.key < $1.key })
let histogram = students.flatMap { $0.scores }.reduce(into: [Int: Int]()) { counts, score in
    counts[score / 10 * 10, default: 0] += 1
}
print(histogram.keys.sorted().map { "\($0)s:\(histogram[$0]!)" })
print(students.allSatisfy { $0.name.count >= 2 }, students.contains { $0.scores.isEmpty })
print(students.firstIndex { $0.group == "C" } ?? -1, students.firstIndex(where: { $0.name.hasPrefix("z") }) as Any)
let passed = Set(students.filter { ($0.scores.max() ?? 0) >= 80 }.map(\.name))
let groupA = Set(students.filter { $0.group == "A" }.map(\.name))
print(passed.union(groupA).sorted(), passed.intersection(groupA).sorted(), groupA.subtracting(passed))
let words = "the quick brown fox jumps over the lazy dog".split(separator: " ").map(String.init)
print(words.prefix(3), words.suffix(2), words.map { $0.uppercased() }.first ?? "")
print(Int("42")! + 1, Int("x") ?? 0, Double("2.5")! * 2, Int(7.9), String(3.0), String(describing: [1, 2]))
print(stride(from: 10, to: 0, by: -3).map { $0 }, Array(Array(1...4).reversed()), type(of: words))
