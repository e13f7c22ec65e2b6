import Testing

@testable import LessonRunner

@Suite struct ShardTests {
    /// Lesson paths as a large course might have them.
    private let paths = (0..<60).map { "lessons/part-\($0 % 4)/\(String(format: "%02d", $0))-notes.md" }

    @Test func readsKOfN() throws {
        #expect(try Shard(parsing: "2/4") == Shard(number: 2, of: 4))
        #expect(try Shard(parsing: "1/1").description == "1/1")
        #expect(try Shard(parsing: "10/12").number == 10)
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "2", "a/b", "2/4/6", "-1/4", "/4", "2/", " 2/4", "2/4 ", "+1/2", "１/２"])
    func refusesAnythingButKOfNWithKFromOneToN(text: String) {
        #expect(throws: Shard.ParseError.self) { try Shard(parsing: text) }
    }

    @Test func explainsWhatIsWrong() {
        #expect(throws: Shard.ParseError(description: "shard 5 of 4: K must be from 1 to 4")) {
            try Shard(parsing: "5/4")
        }
        #expect(throws: Shard.ParseError(description: "`2` is not K/N, such as 2/4 (the second of four shards)")) {
            try Shard(parsing: "2")
        }
    }

    @Test func theSharesOfNCoverEveryLessonExactlyOnce() throws {
        for count in 1...8 {
            let shards = try (1...count).map { try Shard(number: $0, of: count) }
            for path in paths {
                #expect(shards.filter { $0.contains(path) }.count == 1, "\(path) in \(count) shards")
            }
        }
    }

    @Test func aLessonKeepsItsShardWhenOthersAreAddedAndWhateverItsSpelling() {
        let before = paths.map { Shard.number(of: $0, count: 4) }
        let added = ["lessons/new.md"] + paths + ["lessons/zz-last.md"]
        #expect(added.dropFirst().dropLast().map { Shard.number(of: $0, count: 4) } == before)
        #expect(Shard.number(of: "./lessons//part-1/01-notes.md", count: 4) == Shard.number(of: paths[1], count: 4))
    }

    @Test func sharesAreRoughlyEvenForManyLessons() {
        let sizes = (1...4).map { number in paths.filter { Shard.number(of: $0, count: 4) == number }.count }
        #expect(sizes.allSatisfy { $0 >= 6 }, "\(sizes)")
    }

    @Test func theSplitIsFixedAcrossReleases() {
        // The hash is part of the contract: CI jobs of different versions must agree on it (values from a
        // separate FNV-1a implementation).
        #expect(Shard.number(of: "lessons/00-the-cell-language.md", count: 4) == 1)
        #expect(Shard.number(of: "lessons/01-mnist-basics.md", count: 4) == 4)
        #expect(Shard.number(of: "", count: 7) == Int(0xcbf2_9ce4_8422_2325 as UInt64 % 7) + 1)
        #expect(Shard.number(of: "a", count: 1000) == Int(0xaf63_dc4c_8601_ec8c as UInt64 % 1000) + 1)
    }

    @Test func normalizesPathsAsCIToolsNameFiles() {
        #expect(LessonPaths.normalized("./lessons//x.md") == "lessons/x.md")
        #expect(LessonPaths.normalized("lessons/./more/x.md") == "lessons/more/x.md")
        #expect(LessonPaths.normalized("/abs//x.md") == "/abs/x.md")
        #expect(LessonPaths.normalized("../up/x.md") == "../up/x.md")
    }

    @Test func aSelectionLoadsOnlyItsSharesFilesAndTheSharesTogetherLoadAll() throws {
        let scratch = try TemporaryFolder()
        for index in 0..<12 { try scratch.write(cell("\(index)", output: "\(index)"), to: "course/l\(index).md") }
        let all = LessonSelection(paths: [scratch.path + "/course"]).inputs.map(\.path)
        #expect(all.count == 12)
        var seen: [String] = []
        for number in 1...3 {
            let shard = try Shard(number: number, of: 3)
            let selection = LessonSelection(paths: [scratch.path + "/course"], shard: shard)
            #expect(selection.inputs.allSatisfy { shard.contains($0.path) })
            seen += selection.inputs.map(\.path)
        }
        #expect(seen.sorted() == all.sorted())
        let missing = LessonSelection(paths: ["/no/such/lessons"], shard: try Shard(number: 1, of: 3))
        #expect(missing.problems.count == 1)
    }
}
