import Foundation

/// fast.ai's epoch table: a row per epoch with the epoch number, losses and metrics with 6 decimals, and the
/// time as `mm:ss` (the display layer lays it out as fast.ai prints it).
///
/// ```swift
/// var table = EpochTable(valueNames: ["train_loss", "valid_loss", "batch_accuracy"])
/// table.append(epoch: 0, values: [0.636857, 0.503549, 0.495584], seconds: 0.4)
/// table.rows   // [["0", "0.636857", "0.503549", "0.495584", "00:00"]]
/// ```
public struct EpochTable: Sendable, Equatable {
    /// The column names, starting with `epoch` and ending with `time`.
    public let names: [String]
    /// The rows, one string per column.
    public private(set) var rows: [[String]] = []

    /// A table for the given value columns (`train_loss`, `valid_loss`, metrics).
    public init(valueNames: [String]) {
        names = ["epoch"] + valueNames + ["time"]
    }

    /// Adds an epoch's row.
    public mutating func append(epoch: Int, values: [Double], seconds: Double) {
        rows.append([String(epoch)] + values.map(Self.format) + [Self.duration(seconds)])
    }

    /// A number with 6 decimals, or `nan`.
    static func format(_ value: Double) -> String {
        value.isNaN ? "nan" : String(format: "%.6f", value)
    }

    /// Seconds as `mm:ss`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        return String(format: "%02d:%02d", whole / 60, whole % 60)
    }
}
