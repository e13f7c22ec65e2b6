import Foundation
import Testing

@testable import LessonPreview

/// Headless Chromium driven through its DevTools protocol over a pipe (`--remote-debugging-pipe`: commands on
/// the browser's descriptor 3, answers and events on its descriptor 4, each message ended by NUL), so that a
/// test can load a page, run script in it and read its DOM while the page lives.
///
/// ```swift
/// let browser = try DevTools(profile: folder + "/profile")
/// try browser.open("http://127.0.0.1:8000/x.html")
/// try browser.waitUntil("window.lessonPreview?.finished >= 1")
/// try browser.evaluate("document.title") as? String
/// ```
final class DevTools {
    /// Debian's Chromium, or another Chromium-based browser, if installed.
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// What went wrong talking to the browser.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let pid: pid_t
    private let commands: Int32
    private var answers: LineReader
    private var nextID = 0
    private var session: String?

    /// Starts the browser with a profile in `profile`, at `width` x `height`.
    init(profile: String, width: Int = 1000, height: Int = 700) throws {
        guard let chromium = Self.chromium else { throw Failure(description: "chromium is not installed") }
        let toBrowser = try FileDescriptor.pipe()
        let fromBrowser = try FileDescriptor.pipe()
        let quiet = Glibc.open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer {
            FileDescriptor.close(toBrowser.read)
            FileDescriptor.close(fromBrowser.write)
            FileDescriptor.close(quiet)
        }
        pid = try Spawn.start(
            [
                chromium, "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
                "--remote-debugging-pipe", "--user-data-dir=" + profile, "--window-size=\(width),\(height)",
                "about:blank",
            ],
            descriptors: [3: toBrowser.read, 4: fromBrowser.write, STDOUT_FILENO: quiet, STDERR_FILENO: quiet])
        commands = toBrowser.write
        answers = LineReader(descriptor: fromBrowser.read, separator: 0)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        FileDescriptor.close(commands)
        FileDescriptor.close(answers.descriptor)
    }

    /// Opens `url` in a new tab, which later calls talk to.
    func open(_ url: String) throws {
        let target = try call("Target.createTarget", ["url": url])
        guard let id = target["targetId"] as? String else { throw Failure(description: "no target: \(target)") }
        let attached = try call("Target.attachToTarget", ["targetId": id, "flatten": true])
        session = attached["sessionId"] as? String
    }

    /// The value of `expression` in the page (JSON values come back as Foundation objects).
    func evaluate(_ expression: String) throws -> Any? {
        let answer = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true], inPage: true)
        if let thrown = answer["exceptionDetails"] { throw Failure(description: "\(expression): \(thrown)") }
        return (answer["result"] as? [String: Any])?["value"]
    }

    /// Waits until `condition` is true in the page; fails the test after `timeout`.
    func waitUntil(
        _ condition: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try evaluate("!!(\(condition))") as? Bool == true { return }
            usleep(20_000)
        }
        Issue.record("timed out waiting for \(condition)", sourceLocation: sourceLocation)
        throw Failure(description: "timed out waiting for \(condition)")
    }

    /// Sends a command and returns its result, skipping the events that come before it.
    private func call(_ method: String, _ parameters: [String: Any], inPage: Bool = false) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if inPage { message["sessionId"] = session }
        try FileDescriptor.write(Array(try JSONSerialization.data(withJSONObject: message)) + [0], to: commands)
        while true {
            guard let line = try answers.nextLine(timeout: 60_000) else {
                throw Failure(description: "\(method): no answer from the browser")
            }
            guard let answer = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                answer["id"] as? Int == nextID
            else { continue }
            if let error = answer["error"] { throw Failure(description: "\(method): \(error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }
}
