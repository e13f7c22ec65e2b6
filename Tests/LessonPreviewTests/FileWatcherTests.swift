import Foundation
import Synchronization
import Testing

@testable import LessonPreview

/// The watch on a lesson file sees a save in place, a save by renaming a new file over it, a deletion and the
/// file coming back, with inotify and with polling; and inotify's events are read by name.
@Suite struct FileWatcherTests {
    /// Counts calls, and waits for them.
    final class Calls: Sendable {
        private let count = Mutex(0)

        func add() { count.withLock { $0 += 1 } }

        /// Waits until there have been more than `seen` calls; returns the count.
        func waitBeyond(_ seen: Int, timeout: Duration = .seconds(5)) -> Int {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                let now = count.withLock { $0 }
                if now > seen { return now }
                usleep(5_000)
            }
            return count.withLock { $0 }
        }
    }

    @Test(arguments: [FileWatcher.Method.inotify, .polling(interval: .milliseconds(20))])
    func savesRenamesDeletionsAndReturnsAreSeen(method: FileWatcher.Method) throws {
        let folder = NSTemporaryDirectory() + "lesson-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/x.md"
        try "one".write(toFile: path, atomically: false, encoding: .utf8)
        let calls = Calls()
        let watcher = FileWatcher(path: path, method: method) { calls.add() }
        defer { watcher.stop() }
        #expect(watcher.method == method)
        usleep(50_000)

        try "two, written in place".write(toFile: path, atomically: false, encoding: .utf8)
        var seen = calls.waitBeyond(0)
        #expect(seen > 0, "a save in place")
        usleep(50_000)
        seen = calls.waitBeyond(0)

        try "three, written elsewhere and renamed".write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        #expect(rename(path + ".tmp", path) == 0)
        var now = calls.waitBeyond(seen)
        #expect(now > seen, "a save by rename")
        usleep(50_000)
        seen = calls.waitBeyond(now - 1)

        try FileManager.default.removeItem(atPath: path)
        now = calls.waitBeyond(seen)
        #expect(now > seen, "a deletion")
        usleep(50_000)
        seen = calls.waitBeyond(now - 1)

        try "four, back".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(calls.waitBeyond(seen) > seen, "the file coming back")
    }

    @Test func otherFilesInTheFolderAreIgnored() throws {
        let folder = NSTemporaryDirectory() + "lesson-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let calls = Calls()
        let watcher = FileWatcher(path: folder + "/x.md") { calls.add() }
        defer { watcher.stop() }
        try "other".write(toFile: folder + "/y.md", atomically: true, encoding: .utf8)
        #expect(calls.waitBeyond(0, timeout: .milliseconds(300)) == 0)
    }

    @Test func inotifyEventsAreReadByName() {
        func event(name: String?, padding: Int = 0) -> [UInt8] {
            let bytes = Array((name ?? "").utf8) + [UInt8](repeating: 0, count: name == nil ? 0 : padding + 1)
            var header = [UInt8](repeating: 0, count: 16)
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { header.replaceSubrange(12..<16, with: $0) }
            return header + bytes
        }
        let buffer = event(name: "x.md", padding: 11) + event(name: nil) + event(name: "y.md.swp", padding: 3)
        #expect(InotifyEvents.names(in: buffer) == ["x.md", nil, "y.md.swp"])
        #expect(InotifyEvents.names(in: Array(buffer.prefix(20))) == [], "a cut event is left out")
    }
}
