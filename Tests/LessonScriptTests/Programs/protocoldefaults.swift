// Protocol extensions: default implementations, a conformer's own implementation replacing a default, defaults
// built on requirements, and constrained extensions.
protocol Describable {
    var name: String { get }
    func describe() -> String
}

extension Describable {
    func describe() -> String { "<\(name)>" }
    func shout() -> String { describe().uppercased() }
    var initial: Character { name.first ?? "?" }
}

struct Cat: Describable {
    let name: String
}

struct Robot: Describable {
    let name: String
    let model: Int
    func describe() -> String { "\(name) mk \(model)" }
}

print(Cat(name: "tom").describe(), Cat(name: "tom").shout(), Cat(name: "tom").initial)
print(Robot(name: "rx", model: 2).describe(), Robot(name: "rx", model: 2).shout())

let everyone: [any Describable] = [Cat(name: "felix"), Robot(name: "wall-e", model: 1)]
print(everyone.map { $0.describe() })
print(everyone.map { $0.shout() })
print(String(everyone.map { $0.initial }))

protocol Scorable {
    var score: Int { get }
}

extension Scorable {
    var grade: String {
        switch score {
        case 90...: return "A"
        case 75..<90: return "B"
        case 50..<75: return "C"
        default: return "F"
        }
    }
    func beats(_ other: Scorable) -> Bool { score > other.score }
}

struct Exam: Scorable {
    var score: Int
}

struct Essay: Scorable {
    var words: Int
    var score: Int { min(100, words / 10) }
}

let exams = [Exam(score: 93), Exam(score: 51), Exam(score: 78)]
print(exams.map { $0.grade })
print(Essay(words: 820).grade, Essay(words: 820).beats(exams[2]), exams[1].beats(Essay(words: 400)))

extension Array where Element: Scorable {
    var best: Int { map { $0.score }.max() ?? 0 }
    var average: Double { isEmpty ? 0 : Double(map { $0.score }.reduce(0, +)) / Double(count) }
}
print(exams.best, exams.average)
print([Essay(words: 100), Essay(words: 300)].average)
