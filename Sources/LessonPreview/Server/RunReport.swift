import Foundation

/// The line the terminal shows when a preview's run is over: which cells ran, from which checkpoint, how long it
/// took from the save, how many cells failed, and the command that records the outputs (the preview never
/// writes the file).
///
/// ```swift
/// RunReport(path: "x.md", firstCell: 4, checkpoint: 4, ran: 2, failed: 0, seconds: 0.05).text
/// // "x.md: ran cells 5-6 of 6, resumed after cell 4, in 0.05 s; all clean. `lesson update x.md` records the outputs."
/// ```
struct RunReport {
    let path: String
    /// The first cell that ran (from 0).
    let firstCell: Int
    /// How many cells the resumed state had run (0: a fresh session).
    let checkpoint: Int
    /// How many cells ran.
    let ran: Int
    /// How many cells of the lesson failed.
    let failed: Int
    /// The time from the save, when known.
    let seconds: Double?

    var text: String {
        let total = firstCell + ran
        var text = "\(path): "
        switch ran {
        case 0: text += "nothing to run"
        case 1: text += "ran cell \(firstCell + 1) of \(total)"
        default: text += "ran cells \(firstCell + 1)-\(total) of \(total)"
        }
        if ran > 0 { text += checkpoint == 0 ? ", from the start" : ", resumed after cell \(checkpoint)" }
        if let seconds { text += ", in \(String(format: "%.2f", seconds)) s" }
        text += failed == 0 ? "; all clean." : "; \(failed) failed."
        return text + " `lesson update \(path)` records the outputs."
    }
}
