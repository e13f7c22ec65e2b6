import CProcessControl
import Foundation
import Synchronization

/// The server's reaper of the processes its workers leave behind. A worker hands over to a checkpoint and exits,
/// and checkpoints outlive the processes that forked them; made a child subreaper, the server is given every
/// such orphan instead of init, and a thread of this type waits for them, so that none stays a zombie.
///
/// ```swift
/// ChildReaper.start()   // once, before the first worker starts
/// ```
enum ChildReaper {
    /// Makes this process the subreaper of its descendants and starts the thread that waits for them (once).
    static func start() {
        started.withLock { started in
            guard !started else { return }
            started = true
            _ = lesson_become_child_subreaper()
            let thread = Thread {
                while true {
                    var status: Int32 = 0
                    if waitpid(-1, &status, 0) < 0 {
                        // No child for now (or an interrupted wait): look again a moment later.
                        usleep(100_000)
                    }
                }
            }
            thread.name = "lesson-preview-reaper"
            thread.start()
        }
    }

    private static let started = Mutex(false)
}
