// Sequence building blocks: zip, enumerated, stride (to: and through:, negative steps, Doubles), indices,
// reversed, prefix/suffix/dropFirst/dropLast, joined and flatMap.
let epochs = ["warmup", "main", "main", "cooldown"]
let rates = [0.01, 0.1, 0.05, 0.001]
for (index, (name, rate)) in zip(epochs, rates).enumerated() {
    print(index, name, rate)
}
print(Array(zip(1...3, "abc")), zip([1, 2, 3], [10, 20]).map { $0 * $1 })
for (offset, element) in epochs.enumerated().reversed() where offset % 2 == 1 {
    print(offset, element)
}
print(epochs.enumerated().map { "\($0.offset):\($0.element.prefix(1))" })

print(Array(stride(from: 0, to: 10, by: 3)), Array(stride(from: 0, through: 9, by: 3)))
print(Array(stride(from: 5, to: 0, by: -2)), Array(stride(from: 1.0, through: 2.0, by: 0.25)))
var total = 0.0
for x in stride(from: 0.0, to: 1.0, by: 0.1) { total += x }
print(total, Array(stride(from: 3, to: 3, by: 1)).isEmpty)

let values = Array(10...20)
print(values.indices, values.indices.count, values.startIndex, values.endIndex)
print(values.prefix(3), values.suffix(2), values.dropFirst(8), values.dropLast(9))
print(Array(values.reversed().prefix(2)), values.prefix { $0 < 13 }, values.drop { $0 < 18 })
print(values.first!, values.last!, values[values.count / 2])

let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 }, Array(nested.joined()), nested.map { $0.count })
print(nested.flatMap { $0.map { $0 * 10 } }.reduce(0, +))
let words = ["a", "bb", "ccc"]
print(words.joined(), words.joined(separator: "-"), words.map { $0.uppercased() }.joined(separator: ", "))
print(words.flatMap { Array($0) }.count, Array(words.reversed()))
let pairs = (1...3).flatMap { a in (a...3).map { b in (a, b) } }
print(pairs.count, pairs.filter { $0.0 == $0.1 }.map { $0.0 })
print(Array(repeating: "ab", count: 3).joined(), [Int](repeating: 0, count: 2))
