/// The events in one read from an inotify descriptor: each a fixed header (`wd`, `mask`, `cookie`, `len`, four
/// 32-bit fields) followed by `len` bytes of NUL-padded name.
enum InotifyEvents {
    /// The name each event concerns, in order; `nil` for an event about the watched folder itself (its deletion
    /// or move, or the end of the watch). A short or damaged buffer ends the list.
    static func names(in bytes: [UInt8]) -> [String?] {
        var names: [String?] = []
        var offset = 0
        let header = 16
        while offset + header <= bytes.count {
            let length = bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)) }
            let nameStart = offset + header
            guard nameStart + length <= bytes.count else { break }
            let nameBytes = bytes[nameStart..<nameStart + length].prefix { $0 != 0 }
            names.append(nameBytes.isEmpty ? nil : String(decoding: nameBytes, as: UTF8.self))
            offset = nameStart + length
        }
        return names
    }
}
