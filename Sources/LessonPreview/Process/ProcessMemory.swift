import Foundation

/// What processes hold in memory, read from Linux's `/proc`, for the limit on the checkpoints' memory.
///
/// A checkpoint is a forked copy that shares its pages with the process it was forked from until either writes
/// to them, so what it costs is its *private* memory (the pages only it still maps), which grows as the lesson
/// goes on; it can never exceed the resident memory it had when it was made.
///
/// ```swift
/// ProcessMemory.residentBytes()          // this process's resident memory
/// ProcessMemory.privateBytes(of: pid)    // what killing `pid` would free
/// ```
enum ProcessMemory {
    /// This process's resident memory, in bytes (0 where `/proc` cannot be read).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The private memory (clean and dirty) of process `pid`, in bytes; `nil` when it cannot be read (the process
    /// is gone).
    static func privateBytes(of pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8) else { return nil }
        var kilobytes = 0
        for line in text.split(separator: "\n") where line.hasPrefix("Private_") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let value = Int(fields[1]) { kilobytes += value }
        }
        return kilobytes * 1024
    }

    /// The physical memory of the machine, in bytes.
    static var physicalBytes: Int { Int(ProcessInfo.processInfo.physicalMemory) }
}
