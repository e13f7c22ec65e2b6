var numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(numbers, numbers.count, numbers.first!, numbers.last!, numbers.isEmpty)
numbers.append(5)
numbers.insert(0, at: 0)
print(numbers.sorted(), numbers.sorted(by: >), Array(numbers.reversed()))
print(numbers.map { $0 * 2 }, numbers.filter { $0 % 2 == 0 }, numbers.reduce(0, +))
print(numbers.reduce(1) { $0 * $1 }, numbers.contains(9), numbers.contains(7))
print(numbers.min()!, numbers.max()!, numbers.firstIndex(of: 4)!, numbers.first(where: { $0 > 4 })!)
print(numbers.prefix(3), numbers.suffix(2), numbers.dropFirst(6), Array(numbers[2..<5]), numbers[...2])
numbers.remove(at: 0)
let last = numbers.removeLast()
print(last, numbers)
numbers.sort()
print(numbers, numbers.indices)
print([[1, 2], [3]].flatMap { $0 }, ["1", "x", "3"].compactMap { Int($0) }, [1, 2, 3].allSatisfy { $0 > 0 })
var copy = numbers
copy[0] = 100
print(numbers[0], copy[0])
var grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] = 7
print(grid)
print(Array(repeating: 0, count: 3), Array(1...4), [Int](), [String]().isEmpty)
var dictionary = ["one": 1]
dictionary["two"] = 2
dictionary["one", default: 0] += 10
dictionary["three", default: 0] += 3
print(dictionary["one"]!, dictionary["zero"] ?? -1, dictionary.count, dictionary["two"] as Any)
print(dictionary.keys.sorted(), dictionary.values.sorted())
for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { print(key, value) }
dictionary["two"] = nil
print(dictionary.count, dictionary.removeValue(forKey: "one")!)
var set: Set = [1, 2, 3]
set.insert(2)
set.insert(4)
print(set.count, set.contains(4), set.sorted(), set.union([9]).count, set.intersection([1, 2, 7]).sorted())
let tuple = (1, "a")
let named = (x: 1.5, y: 2)
print(tuple, named, tuple.0, tuple.1, named.x, named.y)
let (a, b) = tuple
print(a, b)
var pair = (3, 4)
pair.0 = 30
print(pair)
print([1, 2, 3] == [1, 2, 3], [1, 2] + [3])
print(zip([1, 2, 3], ["a", "b"]).map { "\($0)\($1)" })
for (index, value) in ["x", "y"].enumerated() { print(index, value) }
print(Array(zip(1..., ["a", "b"])))
print(Dictionary(uniqueKeysWithValues: [(1, "a")]), [Int: String]())
