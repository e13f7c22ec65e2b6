import Foundation

/// The text of a progress bar, in fastprogress's shape: the work's label, a bar of full and empty blocks, the
/// percentage done, then the steps done out of all, the time elapsed and the time left (`?` until a step is done),
/// as `mm:ss` (`h:mm:ss` past an hour). ``text(width:)`` fits it in a terminal's width.
///
/// ```swift
/// let line = ProgressLine(label: "epoch 3/10", completed: 31, total: 60, elapsed: 1.2)
/// line.text(width: 80)   // "epoch 3/10 ██████████░░░░░░░░░░ 51.7% [31/60 00:01<00:01]"
/// line.text(width: 44)   // "epoch 3/10 ███░░░ 51.7% [31/60 00:01<00:01]" (a narrower bar)
/// ```
struct ProgressLine: Sendable, Equatable {
    /// What the work is (`epoch 3/10`, `loading train/3`).
    var label: String
    /// The steps done.
    var completed: Int
    /// All the steps.
    var total: Int
    /// The seconds since the work started.
    var elapsed: Double

    /// The bar's width in blocks when the line has room for it.
    static let barWidth = 20
    /// The narrowest bar before the label is shortened instead.
    static let narrowestBar = 5

    /// A line for `completed` of `total` steps done in `elapsed` seconds.
    ///
    /// ```swift
    /// ProgressLine(label: "loading train/3", completed: 512, total: 6131, elapsed: 0.4)
    /// ```
    init(label: String, completed: Int, total: Int, elapsed: Double) {
        self.label = label
        self.completed = completed
        self.total = total
        self.elapsed = elapsed
    }

    /// The line in at most `width - 1` characters (the last column stays free, so the terminal never wraps):
    /// the bar narrows first, down to five blocks, then the label is cut short with `…`.
    func text(width: Int) -> String {
        let room = width - 1
        let counts = " " + String(format: "%.1f%%", 100 * fraction) + " " + times
        let fixed = label.count + 1 + counts.count
        let barWidth = min(Self.barWidth, max(Self.narrowestBar, room - fixed))
        var name = label
        let over = fixed + barWidth - room
        if over > 0 {
            let kept = label.prefix(max(0, label.count - over - 1)).trimmingCharacters(in: .whitespaces)
            name = kept.isEmpty ? "" : kept + "…"
        }
        let line = (name.isEmpty ? "" : name + " ") + bar(width: barWidth) + counts
        return String(line.prefix(max(0, room)))
    }

    /// The part done, from 0 to 1 (1 for work of no steps).
    private var fraction: Double {
        total > 0 ? Double(min(max(completed, 0), total)) / Double(total) : 1
    }

    /// `width` blocks, the full ones for the part done.
    private func bar(width: Int) -> String {
        let full = Int((fraction * Double(width)).rounded(.down))
        return String(repeating: "█", count: full) + String(repeating: "░", count: width - full)
    }

    /// `[31/60 00:01<00:01]`: the steps, the time elapsed, the time left at the pace so far (`?` before a pace).
    private var times: String {
        let remaining = max(0, total - completed)
        var left = "?"
        if remaining == 0 {
            left = Self.clock(0)
        } else if completed > 0 {
            left = Self.clock(elapsed / Double(completed) * Double(remaining))
        }
        return "[\(completed)/\(total) \(Self.clock(elapsed))<\(left)]"
    }

    /// Seconds as `mm:ss`, or `h:mm:ss` from an hour on (fastprogress's `format_time`).
    static func clock(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? Int(min(max(0, seconds), 1e9).rounded(.down)) : 0
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%02d:%02d", minutes, rest)
    }
}
