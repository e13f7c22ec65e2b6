import LessonDocument
import Tensors

/// The one setting lessons share with the whole process: how much memory all tensors may hold together. The CLI
/// sets it once, from `--memory-limit`, before any lesson runs. (Everything else a lesson sees, its data folder
/// included, is passed to it by its ``LessonRunner``.)
///
/// ```swift
/// ProcessSettings.memoryLimit = 2 << 30   // 2 GiB for all tensors together
/// ```
public enum ProcessSettings {
    /// The largest number of bytes all tensors may hold together; an allocation past it is a cell error
    /// (default: three quarters of the physical memory).
    public static var memoryLimit: Int {
        get { MemoryBudget.shared.limit }
        set { MemoryBudget.shared.limit = newValue }
    }

    /// Makes an interrupt (Ctrl-C, SIGTERM, SIGHUP) remove the temporary file of a write in progress (`lesson
    /// update` replacing a lesson, `render` a page) before the process ends; the CLI calls it once at start.
    ///
    /// ```swift
    /// ProcessSettings.cleanUpOnInterrupt()
    /// ```
    public static func cleanUpOnInterrupt() {
        InterruptCleanup.install()
    }
}
