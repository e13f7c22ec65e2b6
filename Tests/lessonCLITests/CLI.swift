import Foundation
import Testing

/// Runs the built `lesson` executable and captures what it writes and its exit status.
enum CLI {
    /// What one run of `lesson` gave.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The lesson files these tests use.
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lessons")
        .path

    /// The `lesson` executable, next to the test bundle in the build's products folder.
    static let executable: String = {
        let candidates = [Bundle.main.executableURL, Bundle.main.bundleURL].compactMap { $0 }.flatMap { url in
            [url.deletingLastPathComponent(), url]
        }
        for folder in candidates {
            let path = folder.appendingPathComponent("lesson").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "lesson-executable-not-found-next-to-\(Bundle.main.bundlePath)"
    }()

    /// Runs `lesson arguments...` in `folder` (default: the fixture lessons), with `environment`'s variables set
    /// (or, for `nil` values, removed), and waits for it.
    static func run(
        _ arguments: [String], in folder: String = lessons, environment: [String: String?] = [:]
    ) throws -> Result {
        let process = lesson(arguments, in: folder, environment: environment)
        let captured = NSTemporaryDirectory() + "lesson-cli-" + UUID().uuidString
        FileManager.default.createFile(atPath: captured + ".out", contents: nil)
        FileManager.default.createFile(atPath: captured + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: captured + ".out")
            try? FileManager.default.removeItem(atPath: captured + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: captured + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: captured + ".err"))
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: captured + ".out", encoding: .utf8),
            stderr: try String(contentsOfFile: captured + ".err", encoding: .utf8))
    }

    /// A process that will run `lesson arguments...` in `folder`, without `NO_COLOR` set and with `changes` made
    /// to the environment (a `nil` value removes the variable).
    static func lesson(
        _ arguments: [String], in folder: String, environment changes: [String: String?] = [:]
    ) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        return process
    }
}

/// A temporary folder with copies of fixture lessons, removed when the test object goes away.
final class Scratch {
    let path = NSTemporaryDirectory() + "lesson-cli-tests-" + UUID().uuidString

    init(copying names: [String] = []) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: CLI.lessons + "/" + name, toPath: path + "/" + name)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file into the folder.
    func write(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    /// The text of a file in the folder.
    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }
}

/// Reads from `handle` until the text read contains `marker`; returns all that was read.
func readUntil(_ marker: String, from handle: FileHandle) throws -> String {
    var text = ""
    while !text.contains(marker) {
        let data = handle.availableData
        try #require(!data.isEmpty, "the output ended before \(marker)")
        text += String(decoding: data, as: UTF8.self)
    }
    return text
}
