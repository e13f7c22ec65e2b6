import Foundation
import Learning
import LessonDocument

@testable import LessonRunner

/// A lesson from text, loaded as the CLI loads a file.
func input(_ text: String, path: String = "lessons/test.md") throws -> LessonInput {
    try LessonInput(path: path, lesson: Lesson(text: text))
}

/// Runs a lesson given as text.
func run(_ text: String, path: String = "lessons/test.md", runner: LessonRunner = LessonRunner()) throws -> LessonRun {
    runner.run(try input(text, path: path))
}

/// A fenced cell followed, when `output` is given, by its output block.
func cell(_ source: String, options: String = "", output: String? = nil) -> String {
    let head = options.isEmpty ? "```swift\n" : "```swift \(options)\n"
    let block = head + source + "\n```\n"
    return output.map { block + "\n```output\n\($0)\n```\n" } ?? block
}

/// A temporary folder, removed when the test object goes away.
final class TemporaryFolder {
    let path = NSTemporaryDirectory() + "lesson-runner-tests-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` (folders created as needed) and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(bytes: Array(text.utf8), to: name)
    }

    /// Writes bytes to `name` and returns its path.
    @discardableResult
    func write(bytes: [UInt8], to name: String) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The text of `name`.
    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }
}

/// A reporter that keeps what lessons report: `label /total` at a start, the steps done at an update, `finish`.
final class RecordingProgress: ProgressReporter {
    var events: [String] = []

    func start(_ label: String, total: Int) { events.append("\(label) /\(total)") }
    func update(_ completed: Int) { events.append("\(completed)") }
    func finish() { events.append("finish") }
}

/// A style that wraps each marked part in a tag named after its role: `<failure>...</failure>`.
struct RoleBrackets: ReportStyle {
    func mark(_ text: String, as role: ReportRole) -> String { "<\(role)>\(text)</\(role)>" }
}
