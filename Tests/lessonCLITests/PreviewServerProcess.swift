import Foundation
import Synchronization
import Testing

/// `lesson preview` started for a test on a free loopback port: its address, what it writes, and a stop by
/// SIGINT (Ctrl-C) that checks it stopped cleanly.
///
/// ```swift
/// let server = try PreviewServerProcess(["x.md"], in: scratch.path)
/// server.url            // "http://127.0.0.1:41234/x.html"
/// try server.stop()     // exit status 0, "Stopped."
/// ```
final class PreviewServerProcess {
    let process: Process
    /// The page's address, as the server printed it.
    let url: String
    private let output = Captured()

    /// Text written by another thread.
    final class Captured: Sendable {
        private let text = Mutex("")

        func append(_ more: String) { text.withLock { $0 += more } }

        func withLock<T>(_ body: (inout String) -> T) -> T { text.withLock { body(&$0) } }
    }

    /// Starts `lesson preview --port 0 arguments...` in `folder` and waits until it listens.
    init(_ arguments: [String], in folder: String) throws {
        process = CLI.lesson(["preview", "--port", "0"] + arguments, in: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let reading = pipe.fileHandleForReading
        let output = self.output
        let thread = Thread {
            while case let data = reading.availableData, !data.isEmpty {
                output.append(String(decoding: data, as: UTF8.self))
            }
        }
        thread.start()
        let deadline = ContinuousClock.now + .seconds(60)
        var found: String?
        while found == nil, ContinuousClock.now < deadline, process.isRunning {
            found = output.withLock { text in
                text.firstRange(of: "Previewing on ").map { range in
                    String(text[range.upperBound...].prefix { !$0.isWhitespace })
                }
            }
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            process.terminate()
            throw DevTools.Failure(description: "the server did not start: \(output.withLock { $0 })")
        }
        url = found
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// What the server has written so far.
    var text: String { output.withLock { $0 } }

    /// The lines that report a finished run.
    var runReports: [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(" records the outputs") }
    }

    /// Stops the server as Ctrl-C does and checks that it said so and exited with status 0.
    func stop(sourceLocation: SourceLocation = #_sourceLocation) {
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, sourceLocation: sourceLocation)
        usleep(50_000)
        #expect(text.contains("Stopped."), "\(text)", sourceLocation: sourceLocation)
    }
}
