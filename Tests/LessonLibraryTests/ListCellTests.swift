import Testing

/// fast.ai's `L` and `Path.basePath` through the interpreter.
@Suite struct ListCellTests {
    @Test func displaysAsFastAIDoes() {
        let cells = CellRunner()
        #expect(cells.run("L([1, 2, 3])") == "(#3) [1,2,3]")
        #expect(cells.run("L(1, 2, 3)") == "(#3) [1,2,3]")
        #expect(cells.run("L(0..<12)") == "(#12) [0,1,2,3,4,5,6,7,8,9...]")
        #expect(cells.run("L()") == "(#0) []")
        #expect(cells.run("L(5)") == "(#1) [5]")
        #expect(cells.run("L([\"a\", \"b\"])") == "(#2) [\"a\",\"b\"]")
        #expect(cells.run("L([(1, \"x\"), (2, \"y\")])") == "(#2) [(1, \"x\"),(2, \"y\")]")
        #expect(cells.run("print(L([1, 2]))") == "(#2) [1,2]\n")
        #expect(cells.run("[L([1])]") == "[(#1) [1]]")
    }

    @Test func behavesAsAList() {
        let cells = CellRunner()
        _ = cells.run("let l = L([10, 20, 30, 40])")
        #expect(cells.run("(l.count, l[0], l[-1], l.first, l.isEmpty)") == "(4, 10, 40, 10, false)")
        #expect(cells.run("l[1..<3]") == "(#2) [20,30]")
        #expect(cells.run("l[[3, 0]]") == "(#2) [40,10]")
        #expect(cells.run("l[[true, false, false, true]]") == "(#2) [10,40]")
        #expect(cells.run("l.map { $0 / 10 }") == "(#4) [1,2,3,4]")
        #expect(cells.run("l.filter { $0 > 15 }.reversed()") == "(#3) [40,30,20]")
        #expect(cells.run("L([3, 1, 2]).sorted()") == "(#3) [1,2,3]")
        #expect(cells.run("L([3, 1, 2]).sorted(by: >)") == "(#3) [3,2,1]")
        #expect(cells.run("l + [50]") == "(#5) [10,20,30,40,50]")
        #expect(cells.run("var total = 0\nfor x in l { total += x }\ntotal") == "100")
        #expect(cells.run("Array(l)") == "[10, 20, 30, 40]")
        #expect(cells.run("l.reduce(0, +)") == "100")
        #expect(cells.run("stack(L([tensor([1]), tensor([2])])).shape") == "[2, 1]")
        _ = cells.run("let same = l\nsame[0] = 99")
        #expect(cells.run("l[0]") == "99")
    }

    @Test func reportsBadIndices() {
        let cells = CellRunner()
        _ = cells.run("let l = L([1, 2])")
        #expect(cells.run("l[2]") == "error: list index out of range")
        #expect(cells.run("l[-3]") == "error: list index out of range")
        #expect(cells.run("l[0..<3]") == "error: Index range 0..<3 out of bounds for an L of 2 items")
        #expect(cells.run("l[[true]]") == "error: a mask of 1 Bools for an L of 2 items")
        #expect(cells.run("l[\"a\"]") == "error: cannot index an L with a value of type 'String'")
    }

    @Test func itemgotTakesAnItemOfEach() {
        let cells = CellRunner()
        _ = cells.run("let pairs = L([(1, \"one\"), (2, \"two\")])")
        #expect(cells.run("pairs.itemgot(1)") == "(#2) [\"one\",\"two\"]")
        #expect(cells.run("L([[1, [2, 3]], [4, [5, 6]]]).itemgot(1, 0)") == "(#2) [2,5]")
        #expect(cells.run("L([tensor([7, 8])]).itemgot(1)") == "(#1) [tensor(8)]")
        #expect(cells.run("pairs.itemgot(2)") == "error: list index out of range")
    }

    @Test func lsGivesAnLAndBasePathShortensPaths() {
        let cells = CellRunner()
        _ = cells.run("let path = untarData(URLs.mnistSample)")
        #expect(cells.run("path.ls()") == "(#2) [Path('train'),Path('valid')]")
        _ = cells.run("let threes = (path / \"train\" / \"3\").ls().sorted()")
        let shown = cells.run("threes")
        #expect(shown.hasPrefix("(#") && shown.hasSuffix("...]"))
        #expect(shown.components(separatedBy: "Path('train/3/").count == 11, "ten paths, then ...")
        #expect(cells.run("Path.basePath") == "nil")
        _ = cells.run("Path.basePath = path / \"train\"")
        #expect(cells.run("threes[0].parent") == "Path('3')")
        #expect(cells.run("print(threes[0].parent)") == "3\n")
        #expect(cells.run("path") == "Path('.')", "outside the base path, the data set's own form")
        _ = cells.run("Path.basePath = nil")
        #expect(cells.run("threes[0].parent") == "Path('train/3')")
        #expect(cells.run("loadImages(threes[0..<2]).count") == "2")
    }
}
