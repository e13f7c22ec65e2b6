import Dispatch
import LessonRunner

/// Draws the work that lessons report (training epochs, large loads) as a ``ProgressLine`` on one line of a
/// terminal, redrawn in place with a carriage return and erased when the work finishes, so the terminal keeps only
/// the lesson's own output. `lesson run` uses one on stderr when stderr is a terminal.
///
/// It draws nothing for work that ends within ``delay`` of its start (a quick load never flickers a bar), then
/// at most once per ``interval``, however often the work reports: a step costs a clock reading.
///
/// ```swift
/// let bar = TerminalProgress(columns: { 80 }, write: { fputs($0, stderr) })
/// let lesson = LessonRunner().run(input, progress: bar)
/// // while a fit runs: "\repoch 3/10 ██████████░░░░░░░░░░ 51.7% [31/60 00:01<00:01]\u{1B}[K", then "\r\u{1B}[K"
/// ```
final class TerminalProgress: ProgressReporter {
    /// Seconds of work before the bar first shows.
    static let delay = 0.3
    /// The fewest seconds between two drawings of the bar (tqdm's `mininterval`).
    static let interval = 0.1

    private let columns: () -> Int
    private let clock: () -> Double
    private let write: (String) -> Void
    /// When the work started: its first `start` since the last `finish`; `nil` while there is none.
    private var workStart: Double?
    /// When the bar was last drawn; `nil` while it is not on the screen.
    private var drawnAt: Double?
    private var pieceStart = 0.0
    private var line = ProgressLine(label: "", completed: 0, total: 0, elapsed: 0)

    /// A bar that fits in `columns()` (the terminal's width when drawn), reads the time in seconds from `clock`
    /// (monotonic) and hands the terminal's text, control characters included, to `write`.
    ///
    /// ```swift
    /// let bar = TerminalProgress(columns: { 80 }, clock: { fakeSeconds }, write: { text.append($0) })
    /// ```
    init(
        columns: @escaping () -> Int, clock: @escaping () -> Double = TerminalProgress.uptime,
        write: @escaping (String) -> Void
    ) {
        self.columns = columns
        self.clock = clock
        self.write = write
    }

    /// Seconds since the machine started (the default clock).
    ///
    /// ```swift
    /// TerminalProgress.uptime()   // 11482.907
    /// ```
    static func uptime() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Shows `label`'s work from now on, none of its `total` steps done.
    func start(_ label: String, total: Int) {
        let now = clock()
        if workStart == nil { workStart = now }
        pieceStart = now
        line = ProgressLine(label: label, completed: 0, total: total, elapsed: 0)
        drawIfDue(at: now)
    }

    /// Notes the steps done; redraws when the bar is due.
    func update(_ completed: Int) {
        line.completed = completed
        drawIfDue(at: clock())
    }

    /// Erases the bar if it was drawn.
    func finish() {
        if drawnAt != nil { write("\r\u{1B}[K") }
        workStart = nil
        drawnAt = nil
    }

    private func drawIfDue(at now: Double) {
        guard let workStart, now - workStart >= Self.delay else { return }
        if let drawnAt, now - drawnAt < Self.interval { return }
        line.elapsed = now - pieceStart
        write("\r" + line.text(width: columns()) + "\u{1B}[K")
        drawnAt = now
    }
}
