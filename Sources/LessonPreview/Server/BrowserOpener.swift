import Foundation

/// Opens a page in the desktop's default browser (`lesson preview --open`), through `xdg-open`, or `open` on
/// macOS; nothing happens where neither exists.
///
/// ```swift
/// BrowserOpener.open("http://127.0.0.1:8000/lessons/x.html")
/// ```
public enum BrowserOpener {
    /// Asks the desktop to open `url`; `false` when no opener could be started.
    @discardableResult
    public static func open(_ url: String) -> Bool {
        let devNull = Glibc.open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { if devNull >= 0 { FileDescriptor.close(devNull) } }
        for opener in ["xdg-open", "open"] {
            let quiet = devNull >= 0 ? [STDOUT_FILENO: devNull, STDERR_FILENO: devNull] : [:]
            if (try? Spawn.start([opener, url], descriptors: quiet, searchingPath: true)) != nil { return true }
        }
        return false
    }
}
