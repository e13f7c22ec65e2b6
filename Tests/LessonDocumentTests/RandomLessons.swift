/// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random lessons: prose of many kinds, cells in containers with random fences and options, existing output
/// blocks, front matter, a byte order mark, mixed line endings and a missing final newline.
struct RandomLessonWriter {
    var random: SeededGenerator

    private let words = [
        "tensor", "rank", "Größe", "naïve", "π", "💡", "mean3", "`code`", "*stress*", "#tag", "![[img.png]]",
    ]

    mutating func lesson() -> String {
        let ending = random.pick(["\n", "\n", "\r\n"])
        var lines: [String] = []
        if random.chance(0.3) {
            lines += ["---", "title: \(sentence())", "seed: \(Int.random(in: 0...99, using: &random))", "---"]
        }
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            lines += random.chance(0.45) ? cell() : prose()
            if random.chance(0.8) { lines.append(random.pick(["", "", "  "])) }
        }
        var text = random.chance(0.1) ? "\u{FEFF}" : ""
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            text +=
                line + (isLast && random.chance(0.3) ? "" : random.chance(0.1) ? random.pick(["\n", "\r\n"]) : ending)
        }
        return text
    }

    /// An output text for a cell: blank lines, trailing spaces, unicode, fence-like lines, mixed endings.
    mutating func output() -> String {
        let candidates = [
            "", "  ", "```", "````", "~~~", "``` x", "tensor([0.1114, 0.2])", sentence() + "  ", "> quoted", "- dash",
            "\tindented",
        ]
        var text = ""
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            text += random.pick(candidates) + random.pick(["\n", "\n", "\r\n"])
        }
        return random.chance(0.5) ? text : String(text.dropLast())
    }

    private mutating func sentence() -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in random.pick(words) }.joined(separator: " ")
    }

    private mutating func prose() -> [String] {
        switch Int.random(in: 0..<9, using: &random) {
        case 0: ["#\(random.pick(["", "#", "##"])) \(sentence())"]
        case 1: [sentence() + random.pick(["", "  ", " \t"]), sentence()]
        case 2: ["- \(sentence())", "- \(sentence())", "  continued"]
        case 3: ["1. \(sentence())", "2. \(sentence())"]
        case 4: ["> \(sentence())", ">", "> \(sentence())"]
        case 5:
            [
                random.pick(["```python", "~~~", "```text", "````markdown"]), "x = 1", "```swift", "y", "```",
                random.pick(["```", "~~~", "````"]),
            ]
        case 6: ["    indented code", "    ```swift"]
        case 7: ["```output", "stray", "```"]
        default: ["***"]
        }
    }

    private mutating func cell() -> [String] {
        let fence = String(repeating: random.pick(["`", "~"]), count: Int.random(in: 3...5, using: &random))
        let options = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            random.pick(["no-run", "hide", "timeout=3", "bogus"])
        }
        var body = [([fence + "swift"] + options).joined(separator: " ")]
        body += (0..<Int.random(in: 0...3, using: &random)).map { _ in
            random.pick(["let x = 1", "  print(x)", "", "\tx", "\"é\""])
        }
        body.append(fence)
        if random.chance(0.5) {
            body += Array(repeating: "", count: Int.random(in: 0...2, using: &random))
            let outputFence = String(repeating: random.pick(["`", "~"]), count: Int.random(in: 3...4, using: &random))
            body.append(outputFence + "output")
            body += (0..<Int.random(in: 0...3, using: &random)).map { _ in
                random.pick(["1", "", "tensor([1., 2.])", "  x  "])
            }
            body.append(outputFence)
        }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return ["- item", ""] + body.map { $0.isEmpty ? "" : "  " + $0 }
        case 1: return body.map { $0.isEmpty ? ">" : "> " + $0 }
        case 2: return body.enumerated().map { $0 == 0 ? "- " + $1 : $1.isEmpty ? "" : "  " + $1 }
        case 3:
            return body.map { $0.isEmpty ? ">" : ">   " + $0 }.enumerated().map {
                $0 == 0 ? "> - " + $1.dropFirst(4) : $1
            }
        default: return body
        }
    }
}

extension RandomNumberGenerator {
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &self)] }
}
