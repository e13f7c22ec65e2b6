/// A short fingerprint of what a rich output shows (64-bit FNV-1a, folded to 24 bits), for its text form:
/// `[image 28x28 #a41f09]`. It depends on nothing but the bytes added, so it is the same on every machine.
///
/// ```swift
/// var hash = ContentHash()
/// hash.add(28)
/// hash.add(bytes: [0, 255])
/// hash.text  // six hexadecimal digits, e.g. "a41f09"
/// ```
struct ContentHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in one byte.
    mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Mixes in bytes.
    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte: byte) }
    }

    /// Mixes in an integer (8 bytes, little-endian).
    mutating func add(_ value: Int) {
        let bits = UInt64(bitPattern: Int64(value))
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    /// Mixes in a number exactly (its 8 bytes).
    mutating func add(_ value: Double) {
        add(Int(Int64(bitPattern: value.bitPattern)))
    }

    /// Mixes in a string's UTF-8 bytes, after its length (so `"ab", "c"` and `"a", "bc"` differ).
    mutating func add(_ text: String) {
        add(text.utf8.count)
        add(bytes: text.utf8)
    }

    /// Mixes in an optional string; `nil` differs from `""`.
    mutating func add(_ text: String?) {
        add(byte: text == nil ? 0 : 1)
        if let text { add(text) }
    }

    /// The fingerprint: six lowercase hexadecimal digits.
    var text: String {
        let folded = (state ^ state >> 24 ^ state >> 48) & 0xFF_FFFF
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}
