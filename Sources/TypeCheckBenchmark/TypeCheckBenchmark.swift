import Foundation
import LessonDocument
import LessonLibrary
import LessonScript

/// How long the type checker takes on a whole lesson: each run type-checks every `swift` cell of the lesson in a
/// fresh session with the library's bindings (nothing runs; parsing, which running does too, is not counted), and
/// the median of the runs' totals is printed.
///
/// ```
/// type-check-benchmark lessons/05-training-a-digit-classifier.md --runs 50
/// // lessons/05-training-a-digit-classifier.md: 20 cells type-checked in 1.234 ms (median of 50 runs)
/// ```
@main
struct TypeCheckBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 20
        if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count,
            let count = Int(arguments[flag + 1])
        {
            runs = max(count, 1)
            arguments.removeSubrange(flag...flag + 1)
        }
        guard arguments.count == 1 else {
            FileHandle.standardError.write(Data("usage: type-check-benchmark LESSON.md [--runs N]\n".utf8))
            exit(2)
        }
        let path = arguments[0]
        let lesson = try LessonFile.read(path)
        let sources = lesson.cells.map(\.source)
        var totals: [Duration] = []
        for _ in 0..<runs {
            let session = ScriptSession(bindings: LessonLibrary.bindings())
            var total = Duration.zero
            for (index, source) in sources.enumerated() {
                let outcome = session.typeCheck(source, origin: SourceOrigin(file: path))
                total += outcome.duration
                if let error = outcome.error, totals.isEmpty {
                    print("cell \(index + 1) does not type-check: \(error.message)")
                }
            }
            totals.append(total)
        }
        let median = totals.sorted()[totals.count / 2]
        let milliseconds = Double(median.components.attoseconds) / 1e15 + Double(median.components.seconds) * 1e3
        print(
            "\(path): \(sources.count) cells type-checked in \(String(format: "%.3f", milliseconds)) ms "
                + "(median of \(runs) runs)")
    }
}
