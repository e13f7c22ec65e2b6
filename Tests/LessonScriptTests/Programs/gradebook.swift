// A grade book: a protocol with a default implementation, two conforming classes sharing a base class,
// statistics through reduce, min/max and sorting, and grouping by a computed letter grade.
protocol Assessed {
    var name: String { get }
    var scores: [Double] { get }
    func finalScore() -> Double
}

extension Assessed {
    func finalScore() -> Double { scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count) }
    var letter: String {
        switch finalScore() {
        case 90...: return "A"
        case 80..<90: return "B"
        case 70..<80: return "C"
        default: return "D"
        }
    }
}

class Student: Assessed {
    let name: String
    var scores: [Double]
    init(name: String, scores: [Double]) {
        self.name = name
        self.scores = scores
    }
}

final class HonorsStudent: Student {
    var bonus: Double
    init(name: String, scores: [Double], bonus: Double) {
        self.bonus = bonus
        super.init(name: name, scores: scores)
    }
}

extension HonorsStudent {
    func report() -> String { "\(name) (honors, +\(bonus))" }
}

let roster: [Student] = [
    Student(name: "Ada", scores: [92, 88, 95]),
    HonorsStudent(name: "Grace", scores: [78, 85, 80], bonus: 5),
    Student(name: "Alan", scores: [65, 72, 70]),
    Student(name: "Edsger", scores: [88, 91, 79]),
    HonorsStudent(name: "Barbara", scores: [99, 97, 100], bonus: 2),
]

for student in roster {
    let score = student.finalScore()
    print(student.name, (score * 100).rounded() / 100, student.letter)
}
let finals = roster.map { $0.finalScore() }
print(finals.min()!, finals.max()!, (finals.reduce(0, +) / Double(finals.count) * 10).rounded() / 10)
let ranking = roster.sorted { $0.finalScore() > $1.finalScore() }.map { $0.name }
print(ranking)
let byLetter = Dictionary(grouping: roster, by: { $0.letter })
for letter in byLetter.keys.sorted() {
    print(letter, byLetter[letter]!.map { $0.name })
}
let honors = roster.compactMap { $0 as? HonorsStudent }
print(honors.map { $0.report() })
roster[2].scores.append(100)
print(roster[2].finalScore(), roster[2].letter, roster.filter { $0.letter == "A" }.count)
