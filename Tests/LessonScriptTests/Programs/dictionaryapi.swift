// Dictionaries in depth: building from sequences, updating with merge and updateValue, removing, filtering and
// mapping (which keep or drop the dictionary type), sorting entries, and nested dictionaries with defaults.
let scores = ["ada": 92, "alan": 71, "grace": 88, "edsger": 65]
let passed = scores.filter { $0.value >= 70 }
print(passed.count, passed.keys.sorted(), type(of: passed))
let curved = scores.mapValues { min(100, $0 + 5) }
print(curved.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let ranked = scores.sorted { $0.value > $1.value }.map { $0.key }
print(ranked)
print(scores.values.reduce(0, +), scores.values.max() ?? 0, scores.min { $0.value < $1.value }!.key)

var inventory = Dictionary(uniqueKeysWithValues: zip(["apple", "pear", "fig"], [3, 0, 12]))
let old = inventory.updateValue(5, forKey: "apple")
let new = inventory.updateValue(1, forKey: "kiwi")
print(old ?? -1, new ?? -1, inventory.count)
print(inventory.removeValue(forKey: "pear") ?? -1, inventory.removeValue(forKey: "plum") ?? -1, inventory.count)
inventory.merge(["fig": 3, "lime": 2]) { current, incoming in current + incoming }
print(inventory.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
let merged = inventory.merging(["apple": 100]) { current, _ in current }
print(merged["apple"]!, inventory["apple"]!)

var nested: [String: [String: Int]] = [:]
for (team, player, points) in [("red", "a", 3), ("blue", "b", 5), ("red", "c", 2), ("red", "a", 4)] {
    nested[team, default: [:]][player, default: 0] += points
}
for team in nested.keys.sorted() {
    print(team, nested[team]!.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
}
let lengths = Dictionary(grouping: ["one", "two", "three", "four", "five", "six"], by: { $0.count })
print(lengths.keys.sorted().map { "\($0): \(lengths[$0]!)" })
let counts = "mississippi".reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
print(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key)\($0.value)" })
print(scores["nobody"] == nil, scores["ada", default: 0], (scores.first { $0.value == 88 })?.key ?? "-")
var emptied = scores
emptied.removeAll()
print(emptied.isEmpty, emptied, [String: Int]().count)
let inverted = Dictionary(uniqueKeysWithValues: scores.map { ($0.value, $0.key) })
print(inverted[92] ?? "-", inverted.keys.sorted())
