import Synchronization

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// Removes the temporary files of writes in progress when the process is interrupted (SIGINT, SIGTERM, SIGHUP),
/// so that Ctrl-C during `lesson update` leaves no `.x.md.123-456.tmp` behind. The signal then ends the process
/// as it would have without the handler.
///
/// The handler only calls `unlink`, which is safe in a signal handler; the table of paths is a fixed array of C
/// strings that writers fill and clear under a lock, and that the handler only reads.
///
/// ```swift
/// InterruptCleanup.install()   // once, at the start of a command-line tool
/// ```
public enum InterruptCleanup {
    /// How many writes may be in progress at once (more are written, just not cleaned up on a signal).
    private static let capacity = 16
    private nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = Mutex(())

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP, and unblocks them on the calling thread (a process
    /// started from a thread that blocks them, as a thread pool's do, would otherwise never see them). Call it on
    /// the main thread, before starting others, which inherit its mask.
    ///
    /// ```swift
    /// InterruptCleanup.install()
    /// ```
    public static func install() {
        _ = slots  // made before any signal can need it
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            _ = signal(signalNumber, removeTemporaryFilesAndDie)
            sigaddset(&signals, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Notes a temporary file being written; returns the slot to pass to ``forget(_:)`` once it is renamed or
    /// removed (`nil` when the table is full).
    static func remember(_ path: String) -> Int? {
        lock.withLock { _ in
            guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
            slots[free] = strdup(path)
            return free
        }
    }

    /// Forgets a temporary file noted by ``remember(_:)``.
    static func forget(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let path = slots[slot]
            slots[slot] = nil
            free(path)
        }
    }
}

/// The signal handler: removes every noted temporary file, then lets the signal end the process.
private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    InterruptCleanup.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

extension InterruptCleanup {
    /// Unlinks every noted file (called from the signal handler: no locks, no allocation).
    fileprivate static func removeAll() {
        for slot in 0..<capacity {
            if let path = slots[slot] { unlink(path) }
        }
    }
}
