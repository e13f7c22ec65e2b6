// Optional promotion, unwrapping and comparison with nil: values that fit where an optional is expected.
func describe(_ count: Int?) -> String {
    guard let count else { return "none" }
    return "\(count)"
}
print(describe(3), describe(nil))
var found: Int? = 3
print(found == 3, found != nil, found ?? 0)
found = nil
print(found == nil, found ?? -1)
found = 4
if let value = found {
    print(value + 1)
}
if let found, found > 2 {
    print("big", found)
}
let parsed = Int("42") ?? 0
print(parsed + 1)
let names = ["three", "seven"]
print(names.first!.uppercased(), names.first?.count ?? 0, names.last.map { $0.count } ?? 0)
var counts: [String: Int] = [:]
counts["a", default: 0] += 1
counts["a"] = (counts["a"] ?? 0) + 1
print(counts["a"]! * 2, counts["b"] ?? 0)
let maybe: [Int?] = [1, nil, 3]
print(maybe.compactMap { $0 }, maybe.count)
let pick = parsed > 10 ? 1 : nil
print(pick ?? 0)
var stack = [1, 2, 3]
while let top = stack.popLast() {
    print(top)
}
struct Node {
    var value: Int
    var next: Int?
}
let node = Node(value: 1)
print(node.next ?? 0, node.value)
func firstEven(_ values: [Int]) -> Int? {
    for value in values where value % 2 == 0 { return value }
    return nil
}
print(firstEven([1, 4, 6]) ?? 0, firstEven([1]) == nil)
let text: String? = "abc"
print(text?.count ?? 0, text!.count)
let number = Double("2.5")
print((number ?? 0) * 2)
