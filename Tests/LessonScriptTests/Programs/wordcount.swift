// Word statistics: split, lowercased, filter on characters, dict[key, default:], reduce(into:), sorting
// dictionary entries by value then key, and Dictionary(grouping:by:).
import Foundation

let text = """
    The quick brown fox jumps over the lazy dog. The dog sleeps;
    the fox runs! A quick fox, a lazy dog.
    """

let words = text.lowercased()
    .split { !$0.isLetter }
    .map { String($0) }
print(words.count, words.prefix(5))

var counts: [String: Int] = [:]
for word in words { counts[word, default: 0] += 1 }
let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(4)
for (word, count) in top { print(word, count) }

let lengths = words.reduce(into: [Int: Int]()) { result, word in result[word.count, default: 0] += 1 }
print(lengths.keys.sorted().map { "\($0):\(lengths[$0]!)" }.joined(separator: " "))

let byInitial = Dictionary(grouping: Set(words)) { $0.first! }
for initial in byInitial.keys.sorted() where byInitial[initial]!.count > 1 {
    print(initial, byInitial[initial]!.sorted())
}

let sentences = text.split(whereSeparator: { ".;!".contains($0) })
    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    .filter { !$0.isEmpty }
print(sentences.count, sentences.map { $0.split(separator: " ").count })
let longest = words.max { $0.count < $1.count } ?? ""
let vowels = Set("aeiou")
print(longest, words.filter { $0.allSatisfy { !vowels.contains($0) } }.count)
print(counts["fox"] ?? 0, counts["cat"] ?? 0, counts["cat", default: -1])
let unique = Set(words)
print(unique.count, unique.contains("quick"), words.firstIndex(of: "lazy") ?? -1)
