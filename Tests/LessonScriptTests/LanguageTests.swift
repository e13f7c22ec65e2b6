import LessonScript
import Testing

/// Small cells, each checking one construct's printed output or final-value display.
struct LanguageTests {
    @Test(arguments: [
        ("let x: Double = 3\nx", "3.0"),
        ("\"torch.LongTensor\"", "\"torch.LongTensor\""),
        ("[1, 2, 3]", "[1, 2, 3]"),
        ("(1, \"a\")", "(1, \"a\")"),
        ("let o: Int? = 5\no", "5"),
        ("let o: Int? = nil\no", "nil"),
        ("[1, nil, 3] as [Int?]", "[1, nil, 3]"),
        ("let o: Int? = 5\nprint(o as Any)", "Optional(5)\n"),
        ("0.4912068545818329", "0.4912068545818329"),
        ("5435.53662109375", "5435.53662109375"),
        ("[\"a\": 1]", "[\"a\": 1]"),
        ("1...3", "ClosedRange(1...3)"),
        ("print(1...3, 0..<2)", "1...3 0..<2\n"),
        ("let x = 5\nx == 5 ? \"yes\" : \"no\"", "\"yes\""),
        ("var a = 1\na += 1", ""),
        ("print(\"hi\")", "hi\n"),
        ("struct P { var x: Double }\nP(x: 3)", "P(x: 3.0)"),
        ("Set([3])", "Set([3])"),
        ("2 ** 10", "1024"),
        ("2.0 ** 0.5", "1.4142135623730951"),
        ("2 ** 3 ** 2", "512"),
        ("let t = 2.0\nt ** 2", "4.0"),
        ("1 / 2 * 4.0", "2.0"),
        ("let values = [1, 2.5]\nvalues", "[1.0, 2.5]"),
        ("func f(_ x: Double) -> Double { x }\nf(2)", "2.0"),
        ("func f() -> Double { 1 }\nf()", "1.0"),
        ("var d = 1.5\nd = 2\nd", "2.0"),
        ("(-3)...", "PartialRangeFrom<Int>(lowerBound: -3)"),
        ("..<4", "PartialRangeUpTo<Int>(upperBound: 4)"),
        ("let s: String? = \"x\"\ns?.count", "1"),
        ("let s: String? = nil\ns?.count", "nil"),
        ("let s: String? = nil\ns?.uppercased() ?? \"none\"", "\"none\""),
        ("var a = [1, 2]\nvar b = a\nb.append(3)\n(a, b)", "([1, 2], [1, 2, 3])"),
        ("struct S { var v = [0] }\nvar s = S()\nvar t = s\nt.v[0] = 1\n(s.v, t.v)", "([0], [1])"),
        ("class C { var v = 0 }\nlet c = C()\nlet d = c\nd.v = 4\nc.v", "4"),
        ("[3, 1, 2].sorted(by: >)", "[3, 2, 1]"),
        ("[1, 2, 3].map(String.init)", "[\"1\", \"2\", \"3\"]"),
        ("[1, 2, 3].reduce(0, +)", "6"),
        ("Int(\"12\")", "12"),
        ("Int(3.99)", "3"),
        ("Double(\"2.5\")", "2.5"),
        ("String(describing: [1])", "\"[1]\""),
        ("5.description", "\"5\""),
        ("let x = if true { 1 } else { 2 }\nx", "1"),
        ("let v = 3\nlet word = switch v { case 1: \"one\" default: \"many\" }\nword", "\"many\""),
        ("var n = 0\nfor (i, x) in [10, 20].enumerated() { n += i * x }\nn", "20"),
        ("var n = 0\nfor (k, v) in [\"a\": 1, \"b\": 2] { n += v }\nn", "3"),
        ("var total = 0\nfor i in stride(from: 0, through: 10, by: 5) { total += i }\ntotal", "15"),
        ("var s = Set<Int>()\ns.insert(1)\ns.count", "1"),
        ("[Int]().isEmpty", "true"),
        ("var d: [String: Int] = [:]\nd[\"k\", default: 0] += 2\nd", "[\"k\": 2]"),
        (
            "var d = [\"a\": [1], \"b\": [2]]\nd[\"a\", default: []].append(3)\nd[\"c\", default: []] += [4]\nd",
            "[\"a\": [1, 3], \"b\": [2], \"c\": [4]]"
        ),
        (
            "var d = [\"a\": 1, \"b\": 2, \"c\": 3]\nd[\"a\"] = nil\nd[\"a\"] = 4\nd.removeValue(forKey: \"b\")\nd",
            "[\"c\": 3, \"a\": 4]"
        ),
        ("var s: Set = [3, 1, 2]\ns.remove(1)\ns.insert(1)\ns.insert(3)\ns", "Set([3, 2, 1])"),
        ("let (a, b) = (1, 2)\na + b", "3"),
        ("var p = (x: 1, y: 2)\np.x = 5\np", "(x: 5, y: 2)"),
        ("[[1, 2], [3]].joined()", "[1, 2, 3]"),
        ("\"a b c\".split(separator: \" \")", "[\"a\", \"b\", \"c\"]"),
        ("zip([1, 2], [3, 4]).map { $0 * $1 }", "[3, 8]"),
        ("func f(_ xs: Int...) -> Int { xs.count }\nf(1, 2, 3)", "3"),
        ("var x = 1\nfunc bump(_ v: inout Int) { v += 10 }\nbump(&x)\nx", "11"),
        ("var fs: [() -> Int] = []\nfor i in 0..<3 { fs.append { i } }\nfs.map { $0() }", "[0, 1, 2]"),
        ("var c = 0\nlet inc = { c += 1 }\ninc()\ninc()\nc", "2"),
        ("enum E { case a, b }\nlet e = E.b\ne", "E.b"),
        ("enum E { case a, b }\nprint(E.a)", "a\n"),
        ("abs(-2.5)", "2.5"),
        ("max(1, 2.5)", "2.5"),
        ("sqrt(16.0)", "4.0"),
        ("(0.1 + 0.2).rounded()", "0.0"),
        ("Array(repeating: 1, count: 2)", "[1, 1]"),
        ("[1, 2, 3, 4].prefix(2)", "[1, 2]"),
        ("[\"b\", \"a\"].sorted().first!", "\"a\""),
        ("var s = \"ab\"\ns += \"c\"\ns.count", "3"),
        ("\"é\".count", "1"),
    ])
    func cellOutput(_ source: String, _ expected: String) {
        #expect(output(source) == expected)
    }

    @Test func globalsPersistAcrossCells() {
        #expect(output("var total = 1", "func add(_ x: Int) { total += x }", "add(4)\ntotal") == "5")
        #expect(output("struct P { var x = 1 }", "P().x") == "1")
        #expect(output("let x = 1", "let x = 2", "x") == "2")
    }

    @Test func functionsDeclaredLaterInACellAreCallable() {
        #expect(output("print(twice(3))\nfunc twice(_ x: Int) -> Int { x * 2 }") == "6\n")
    }

    @Test func printedTextComesBeforeTheValue() {
        let result = run("print(\"a\")\n1 + 1")
        #expect(result.printed == "a\n")
        #expect(result.valueText == "2")
        #expect(result.text == "a\n2")
    }
}
