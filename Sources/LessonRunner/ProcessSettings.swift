import Foundation
import Tensors

/// Process-wide settings that lessons see: the data folder and the tensor memory limit. The CLI sets them once,
/// from `--data` and `--memory-limit`, before any lesson runs.
///
/// ```swift
/// ProcessSettings.dataFolder = "/srv/data"   // cells' libraries read it from LESSON_DATA
/// ProcessSettings.memoryLimit = 2 << 30     // 2 GiB for all tensors together
/// ```
public enum ProcessSettings {
    /// The environment variable that names the folder where data sets are found: `LESSON_DATA`.
    public static let dataVariable = "LESSON_DATA"

    /// The folder where data sets are found (the `LESSON_DATA` environment variable), if set.
    public static var dataFolder: String? {
        get { ProcessInfo.processInfo.environment[dataVariable] }
        set {
            if let newValue { setenv(dataVariable, newValue, 1) } else { unsetenv(dataVariable) }
        }
    }

    /// The largest number of bytes all tensors may hold together; an allocation past it is a cell error
    /// (default: three quarters of the physical memory).
    public static var memoryLimit: Int {
        get { MemoryBudget.shared.limit }
        set { MemoryBudget.shared.limit = newValue }
    }
}
