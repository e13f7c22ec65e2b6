/// The eight bytes every PNG file starts with.
enum PNGSignature {
    static let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static var count: Int { bytes.count }

    static func matches(_ data: UnsafeRawBufferPointer) -> Bool {
        data.count >= count && data.prefix(count).elementsEqual(bytes)
    }
}
