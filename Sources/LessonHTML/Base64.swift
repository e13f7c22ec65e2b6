/// Standard Base64 (RFC 4648, with padding), for `data:` URIs.
///
/// ```swift
/// base64([0x89, 0x50, 0x4E, 0x47])  // "iVBORw=="
/// ```
func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 3 <= bytes.count {
        let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
        for shift in [18, 12, 6, 0] { output.append(alphabet[Int(group >> UInt32(shift) & 63)]) }
        index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
        let group = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
        output.append(alphabet[Int(group >> 18 & 63)])
        output.append(alphabet[Int(group >> 12 & 63)])
        output.append(rest == 2 ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
        output.append(UInt8(ascii: "="))
    }
    return String(decoding: output, as: UTF8.self)
}
