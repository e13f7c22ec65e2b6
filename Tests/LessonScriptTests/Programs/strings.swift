let name = "World"
print("Hello, \(name)!")
print("sum: \(1 + 2), double: \(0.5 * 3), list: \([1, 2])")
print("tab\tquote\"backslash\\ newline\nend")
let multi = """
    First line
      indented
    Last "quoted"
    """
print(multi)
var s = "abc"
s += "def"
s.append("g")
print(s, s.count, s.isEmpty, s.uppercased(), "MiXeD".lowercased())
print(s.hasPrefix("ab"), s.hasSuffix("fg"), s.contains("cd"), s.first!, s.last!)
print(String(s.reversed()), Array("hey"), s.prefix(2), s.suffix(3), s.dropFirst(), s.dropLast(2))
print("a,b,,c".split(separator: ","), "one two".split(separator: " ").count)
print(["x", "y", "z"].joined(separator: "-"), ["p", "q"].joined())
print(String(42), String(3.5), String(describing: [1, 2]), "\(Optional(3) ?? 0)")
for character in "hi!" { print(character, terminator: ".") }
print()
print(String(repeating: "ab", count: 3), "x" + "y", "abc" == "abc", "b" > "a")
let word = "swift"
print(word.map { $0.uppercased() }.joined(), word.filter { $0 != "i" }, word.sorted())
print(Character("a"), "5".first!.isNumber, "a".first!.isLetter)
debugPrint("quoted", 1, [1.5], ["k": "v"])
print(1, 2, 3, separator: ", ", terminator: "!\n")
