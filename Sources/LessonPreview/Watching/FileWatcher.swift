import Foundation

/// Watches one file for saves and calls `onChange` on a thread of its own after each (and when the file is
/// deleted or comes back). The caller reads the file and decides whether anything changed.
///
/// On Linux it asks inotify about the file's *folder*, not the file: an editor that saves by writing a new file
/// and renaming it over the old one replaces the file that a watch on it would follow, and a deleted file has
/// nothing left to watch. Where inotify cannot be had, it polls the file's size, times and inode.
///
/// ```swift
/// let watcher = FileWatcher(path: "lessons/x.md") { print("saved") }
/// watcher.stop()
/// ```
public final class FileWatcher: @unchecked Sendable {
    /// How changes are noticed.
    public enum Method: Sendable, Equatable {
        /// Linux's inotify, on the file's folder.
        case inotify
        /// Looking at the file's metadata every `interval`.
        case polling(interval: Duration)
    }

    /// The method in use (``Method/polling(interval:)`` when inotify could not be had).
    public let method: Method
    private let stopRead: Int32
    private let stopWrite: Int32

    /// Starts watching `path` with `method` (by default inotify, falling back to polling every 250 ms).
    public init(path: String, method: Method = .inotify, onChange: @escaping @Sendable () -> Void) {
        let stopPipe = (try? FileDescriptor.pipe()) ?? (-1, -1)
        (stopRead, stopWrite) = stopPipe
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var chosen = method
        var notify: Int32 = -1
        if method == .inotify {
            notify = Self.inotifyDescriptor(folder: folder.isEmpty ? "." : folder)
            if notify < 0 { chosen = .polling(interval: .milliseconds(250)) }
        }
        self.method = chosen
        let stop = stopRead
        let thread = Thread {
            if case .polling(let interval) = chosen {
                Self.poll(path, every: interval, until: stop, onChange: onChange)
            } else {
                Self.follow(notify, name: name, until: stop, onChange: onChange)
                FileDescriptor.close(notify)
            }
            FileDescriptor.close(stop)
        }
        thread.name = "lesson-preview-watch"
        thread.start()
    }

    /// Stops watching: the thread ends (a call of `onChange` in progress finishes first).
    public func stop() {
        guard stopWrite >= 0 else { return }
        try? FileDescriptor.write([1], to: stopWrite)
        FileDescriptor.close(stopWrite)
    }

    /// The events that can mean the file changed: written and closed, moved in or out, deleted; and the folder
    /// itself going away. Not a creation: the new file is still empty then, and its writer's close follows.
    private static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    private static func inotifyDescriptor(folder: String) -> Int32 {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return -1 }
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
            FileDescriptor.close(descriptor)
            return -1
        }
        return descriptor
    }

    /// Reads inotify's events until `stop` is readable; calls `onChange` for each batch that names the file.
    private static func follow(
        _ descriptor: Int32, name: String, until stop: Int32, onChange: @Sendable () -> Void
    ) {
        while true {
            guard let ready = try? FileDescriptor.waitForInput([descriptor, stop]), !ready.contains(1) else { return }
            guard let bytes = try? FileDescriptor.read(from: descriptor), !bytes.isEmpty else { return }
            if InotifyEvents.names(in: bytes).contains(where: { $0 == name || $0 == nil }) { onChange() }
        }
    }

    /// Looks at the file every `interval` until `stop` is readable; calls `onChange` when what it sees differs.
    private static func poll(
        _ path: String, every interval: Duration, until stop: Int32, onChange: @Sendable () -> Void
    ) {
        let milliseconds = Int32(clamping: Int((interval / .milliseconds(1)).rounded()))
        var last = FileStamp(path: path)
        while true {
            guard let ready = try? FileDescriptor.waitForInput([stop], timeout: max(milliseconds, 1)), ready.isEmpty
            else { return }
            let now = FileStamp(path: path)
            if now != last {
                last = now
                onChange()
            }
        }
    }
}

/// What polling compares: whether the file is there, its size, its modification and change times and its inode.
struct FileStamp: Equatable {
    private var fields: [Int] = []

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        fields = [
            Int(info.st_size), Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec,
            info.st_ctim.tv_nsec,
        ]
    }
}
