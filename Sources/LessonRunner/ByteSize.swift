import Foundation

/// A size in bytes as written on the command line: a whole number of bytes, or a number with a binary suffix
/// `K`, `M`, `G` or `T` (powers of 1024; `GB`, `GiB` and lower case are accepted too).
///
/// ```swift
/// ByteSize.parse("2G")      // 2_147_483_648
/// ByteSize.parse("512M")    // 536_870_912
/// ByteSize.parse("1.5G")    // 1_610_612_736
/// ByteSize.parse("4096")    // 4096
/// ByteSize.parse("lots")    // nil
/// ```
public enum ByteSize {
    /// The number of bytes `text` names, or `nil` when it is not a positive size or does not fit in an `Int`.
    public static func parse(_ text: String) -> Int? {
        var number = text.uppercased()
        for suffix in ["IB", "B"] where number.hasSuffix(suffix) {
            number.removeLast(suffix.count)
            break
        }
        var scale = 1.0
        if let unit = number.last, let power = ["K", "M", "G", "T"].firstIndex(of: unit) {
            scale = pow(1024, Double(power + 1))
            number.removeLast()
        }
        guard number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(number) else {
            return nil
        }
        let bytes = (value * scale).rounded(.down)
        return bytes >= 1 && bytes < 0x1p63 ? Int(bytes) : nil
    }
}
