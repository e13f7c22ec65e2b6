#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// Removes the temporary files of writes in progress when the process is interrupted (SIGINT, SIGTERM, SIGHUP),
/// so that Ctrl-C during `lesson update` leaves no `.x.md.123-456.tmp` behind. The signal then ends the process
/// as it would have without the handler.
///
/// The handler only calls `unlink`, which is safe in a signal handler, on the paths of a ``SignalSafeTable``.
///
/// ```swift
/// InterruptCleanup.install()   // once, at the start of a command-line tool
/// ```
public enum InterruptCleanup {
    /// The temporary files being written (more than 16 at once are written, just not removed on a signal).
    private static let files = SignalSafeTable(capacity: 16)

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP, and unblocks them on the calling thread (a process
    /// started from a thread that blocks them, as a thread pool's do, would otherwise never see them). Call it on
    /// the main thread, before starting others, which inherit its mask.
    ///
    /// ```swift
    /// InterruptCleanup.install()
    /// ```
    public static func install() {
        _ = files  // made before any signal can need it
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            _ = signal(signalNumber, removeTemporaryFilesAndDie)
            sigaddset(&signals, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Notes a temporary file about to be written; returns the slot to pass to ``forget(_:)`` once it is renamed
    /// or removed.
    static func remember(_ path: String) -> Int? {
        files.insert(path)
    }

    /// Forgets a temporary file noted by ``remember(_:)``.
    static func forget(_ slot: Int?) {
        files.remove(slot)
    }

    /// Unlinks every noted file (called from the signal handler).
    fileprivate static func removeAll() {
        files.forEach { path in unlink(path) }
    }
}

/// The signal handler: removes every noted temporary file, then lets the signal end the process.
private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    InterruptCleanup.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
