/// The table that fast.ai's `learn.fit` shows: one row per epoch, e.g. columns
/// `epoch train_loss valid_loss accuracy time`, every value already formatted as fast.ai formats it.
///
/// ```swift
/// let table = TrainingTable(
///     columns: ["epoch", "train_loss", "valid_loss", "batch_accuracy", "time"],
///     rows: [["0", "0.636857", "0.503549", "0.495584", "00:00"]])
/// print(table.consoleText)
/// // epoch     train_loss  valid_loss  batch_accuracy  time
/// // 0         0.636857    0.503549    0.495584        00:00
/// ```
public struct TrainingTable: Sendable, Equatable {
    /// The column names.
    public var columns: [String]
    /// The rows, each with one text per column.
    public var rows: [[String]]

    /// A table.
    ///
    /// ```swift
    /// TrainingTable(columns: ["epoch", "train_loss"], rows: [["0", "0.5"]])
    /// ```
    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as fast.ai prints it in a terminal (fastprogress' console bar): names padded to 8
    /// characters and joined by two spaces; each value padded to its column's name width plus 2, and followed by
    /// at least two spaces when it is wider (fastprogress would run it into the next column). Trailing spaces are
    /// dropped.
    public var consoleText: String {
        let names = columns.map { $0.count < 8 ? $0 + String(repeating: " ", count: 8 - $0.count) : $0 }
        var lines = [names.joined(separator: "  ")]
        for row in rows {
            var line = ""
            for (value, name) in zip(row, names) {
                // fastprogress pads to the name's width plus 2; a longer value still gets two spaces after it.
                line += value + String(repeating: " ", count: max(2, 2 + name.count - value.count))
            }
            lines.append(line)
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
