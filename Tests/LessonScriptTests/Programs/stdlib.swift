// Standard-library members lessons use beyond the basics.
let values = [4, 8, 15, 16, 23, 42]
print(values.compactMap { $0 > 10 ? $0 / 2 : nil })
print(values.reduce(into: 0) { $0 += $1 })
print(values.allSatisfy { $0 > 3 }, values.allSatisfy { $0 % 2 == 0 })
print(values.firstIndex(where: { $0 > 10 }) ?? -1, values.contains(where: { $0 == 23 }))
let byParity = Dictionary(grouping: values, by: { $0 % 2 == 0 ? "even" : "odd" })
print(byParity["even"] ?? [], byParity["odd"] ?? [])
let squares = Dictionary(uniqueKeysWithValues: values.prefix(3).map { ($0, $0 * $0) })
print(squares[8] ?? 0, squares.count)
var tally: [String: Int] = [:]
for word in ["a", "b", "a", "c", "a"] { tally[word, default: 0] += 1 }
print(tally["a"] ?? 0, tally["b"] ?? 0, tally["z", default: -1])
var seen: Set<Int> = [1, 2, 3]
let inserted = seen.insert(4)
let again = seen.insert(2)
print(inserted.inserted, again.inserted, seen.count)
let other: Set<Int> = [3, 4, 5]
print(seen.union(other).sorted(), seen.intersection(other).sorted(), seen.subtracting(other).sorted())
print(seen.isSubset(of: seen.union(other)), seen.isDisjoint(with: [9]))
print(type(of: 1), type(of: 2.5), type(of: "s"), type(of: [1]))
struct Tagged {}
print(type(of: Tagged()))
print(values.first(where: { $0 > 15 }) ?? 0, values.last ?? 0, values.dropFirst(4), values.suffix(2))
print(Array(values.reversed().prefix(2)), values.enumerated().map { $0.offset * $0.element }.max() ?? 0)
print(zip(values, values.dropFirst()).map { $1 - $0 })
print(values.map(String.init).joined(separator: "-"))
print(stride(from: 0, to: 10, by: 3).map { $0 }, Array(stride(from: 1.0, through: 2.0, by: 0.5)))
let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 }, nested.map { $0.count }, nested.filter { !$0.isEmpty }.count)
print(["b", "a", "c"].sorted(by: >), ["x", "yy", "z"].map { $0.count })
