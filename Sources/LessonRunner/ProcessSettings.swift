import LessonDocument
import Tensors

/// The settings of the whole process: each lesson's memory limit, which the CLI sets once, from
/// `--memory-limit`, before any lesson runs, and the clean-up of temporary files on an interrupt. (Everything
/// else a lesson sees, its data folder included, is passed to it by its ``LessonRunner``.)
///
/// ```swift
/// ProcessSettings.memoryLimit = 2 << 30   // 2 GiB for each lesson's tensors
/// ```
public enum ProcessSettings {
    /// The largest number of bytes one lesson's tensors may hold together (and the largest value a cell may
    /// build); an allocation past it is a cell error (default: three quarters of the physical memory). Each
    /// lesson has its own budget, so lessons checked side by side (`--jobs`) fail exactly as they do alone.
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
