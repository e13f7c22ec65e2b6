// String APIs: counting, case, prefixes and suffixes, searching, replacing, splitting and joining, trimming,
// characters and their properties, and building strings.
import Foundation

let title = "  Deep Learning for Coders  "
let trimmed = title.trimmingCharacters(in: .whitespaces)
print("[\(trimmed)]", trimmed.count, title.count)
print(trimmed.uppercased(), trimmed.lowercased())
print(trimmed.hasPrefix("Deep"), trimmed.hasSuffix("coders"), trimmed.contains("Learn"))
print(trimmed.replacingOccurrences(of: " ", with: "_"))
print(trimmed.components(separatedBy: " "), trimmed.split(separator: " ").count)
print(trimmed.split(separator: " ", maxSplits: 1), "a,,b".split(separator: ","), "a,,b".components(separatedBy: ","))

let csv = "name,age,city\nada,36,london\nalan,41,wilmslow"
let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
print(rows.count, rows[1], rows.map { $0[0] }.dropFirst().joined(separator: " & "))
let ages = rows.dropFirst().compactMap { Int($0[1]) }
print(ages, ages.reduce(0, +))

let word = "Mississippi"
print(word.first!, word.last!, word.lowercased().filter { $0 == "s" }.count, Array(word.suffix(4)))
print(String(word.reversed()), word.prefix(4), word.dropFirst(7), String(word.sorted()))
print(word.contains("ss"), word.starts(with: "Miss"), word.uppercased().hasPrefix("MISS"))

let mixed = "R2-D2 & C-3PO!"
print(mixed.filter { $0.isLetter }, mixed.filter { $0.isNumber }, mixed.filter { $0.isUppercase }.count)
print(mixed.filter { $0.isPunctuation }, mixed.filter { $0.isWhitespace }.count)
print(Character("a").asciiValue!, Character("7").wholeNumberValue!, Character("x").isLowercase)

var built = ""
for (index, letter) in "abc".enumerated() {
    built += String(repeating: String(letter), count: index + 1)
    built.append("|")
}
print(built, built.count)
print(String(42) + "!", "\(3)/\(4) = \(3.0 / 4)", "tab\there", "quote \"q\"")
print("line1\nline2".split(separator: "\n"), "Ünïcödé".count, "é".count, "🙂👍".count)
let padded = String(repeating: " ", count: 5 - "42".count) + "42"
print("[\(padded)]", "snake_case_name".split(separator: "_").map { $0.capitalized }.joined())
