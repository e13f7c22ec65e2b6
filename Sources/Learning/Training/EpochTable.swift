import Foundation

/// fast.ai's epoch table as its console progress bar prints it: names padded to at least 8 characters and
/// joined by two spaces, each value left-aligned under its name, losses and metrics with 6 decimals, the time as
/// `mm:ss`.
///
/// ```
/// epoch     train_loss  valid_loss  batch_accuracy  time
/// 0         0.636857    0.503549    0.495584        00:00
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

    /// The header line.
    public var header: String {
        names.map { $0.count < 8 ? $0 + String(repeating: " ", count: 8 - $0.count) : $0 }.joined(separator: "  ")
    }

    /// One row's line.
    public func line(_ row: [String]) -> String {
        zip(row, names).map { value, name in
            value + String(repeating: " ", count: Swift.max(0, 2 + Swift.max(name.count, 8) - value.count))
        }.joined()
    }

    /// The whole table as text, without trailing spaces.
    public var text: String {
        ([header] + rows.map(line)).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
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
