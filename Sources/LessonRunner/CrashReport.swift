import LessonDocument

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// Names the cells that were running when the process crashed: a fault the interpreter did not catch (a bug in
/// `lesson` itself) ends the process, and a CI log should still say which lesson and cell did it. The runner
/// notes each cell as it starts (``cellStarted(_:)``); on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT or SIGTRAP the
/// handler writes `lesson: crashed (SIGSEGV) while running lessons/x.md:12` to stderr, then lets the signal
/// take its course, through the handler that was there before (Swift's backtrace, when enabled).
///
/// ```swift
/// CrashReport.install()   // once, at the start of a command-line tool
/// ```
public enum CrashReport {
    /// The cells running now, as `file:line` (one per lesson running at once).
    fileprivate static let running = SignalSafeTable(capacity: 64)
    /// The actions that were installed before, by signal number.
    fileprivate nonisolated(unsafe) static var previous: [sigaction] = []
    fileprivate static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Installs the handler, keeping the actions installed before it to run after it.
    public static func install() {
        _ = running
        previous = Array(repeating: sigaction(), count: Int(signals.max() ?? 0) + 1)
        for signalNumber in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_sigaction = reportCrash
            #else
                action.__sigaction_u.__sa_sigaction = reportCrash
            #endif
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, &previous[Int(signalNumber)])
        }
    }

    /// Notes that the cell at `place` (`lessons/x.md:12`) starts; pass the result to ``cellEnded(_:)``.
    static func cellStarted(_ place: String) -> Int? {
        running.insert(place)
    }

    /// Notes that a cell noted by ``cellStarted(_:)`` has ended.
    static func cellEnded(_ slot: Int?) {
        running.remove(slot)
    }
}

/// The handler: writes which cells were running, puts the previous action back and raises the signal again.
/// It only writes bytes it already has (static strings, the table's C strings).
private func reportCrash(
    _ signalNumber: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    func say(_ text: StaticString) { _ = write(STDERR_FILENO, text.utf8Start, text.utf8CodeUnitCount) }
    say("lesson: crashed (")
    switch signalNumber {
    case SIGSEGV: say("SIGSEGV")
    case SIGBUS: say("SIGBUS")
    case SIGILL: say("SIGILL")
    case SIGFPE: say("SIGFPE")
    case SIGABRT: say("SIGABRT")
    default: say("SIGTRAP")
    }
    say(")")
    var first = true
    CrashReport.running.forEach { place in
        say(first ? " while running " : ", ")
        _ = write(STDERR_FILENO, place, strlen(place))
        first = false
    }
    say("\n")
    if Int(signalNumber) < CrashReport.previous.count {
        sigaction(signalNumber, &CrashReport.previous[Int(signalNumber)], nil)
    } else {
        signal(signalNumber, SIG_DFL)
    }
    raise(signalNumber)
}
