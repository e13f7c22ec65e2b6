/// The chunks of a PNG file, walked without decoding: each is a 4-byte length, a 4-byte type, the data and a
/// 4-byte checksum.
enum PNGChunks {
    static let imageData: UInt32 = 0x4944_4154  // IDAT

    /// The length and type of the chunk at `offset`, and where the next one starts; `nil` when the chunk runs
    /// past the end.
    static func chunk(in bytes: UnsafeRawBufferPointer, at offset: Int) -> (type: UInt32, length: Int, end: Int)? {
        guard offset + 8 <= bytes.count else { return nil }
        let length = Int(bigEndianWord(bytes, at: offset))
        let end = offset + 12 + length
        guard end <= bytes.count else { return nil }
        return (bigEndianWord(bytes, at: offset + 4), length, end)
    }

    /// The bytes of compressed image data in the file: the sum of its `IDAT` chunks' lengths (a chunk cut short
    /// counts what is there).
    static func imageDataByteCount(in bytes: UnsafeRawBufferPointer) -> Int {
        var (total, offset) = (0, PNGSignature.count)
        while offset + 8 <= bytes.count {
            let length = Int(bigEndianWord(bytes, at: offset))
            if bigEndianWord(bytes, at: offset + 4) == imageData { total += min(length, bytes.count - offset - 8) }
            offset += 12 + length
        }
        return total
    }

    /// The least number of bytes the image data of a `width` x `height` image with `bitsPerPixel` decompresses
    /// to (its pixel rows, without the filter bytes): what the compressed data must be able to hold.
    static func rawByteCount(width: Int, height: Int, bitsPerPixel: Int) -> Int {
        let (bits, overflow) = width.multipliedReportingOverflow(by: bitsPerPixel)
        guard !overflow else { return .max }
        let (total, tooLarge) = ((bits + 7) / 8).multipliedReportingOverflow(by: height)
        return tooLarge ? .max : total
    }

    /// Deflate's largest expansion: a compressed byte never stands for more than 1032 bytes (zlib's technical
    /// details, "Maximum compression factor").
    static let largestExpansion = 1032

    static func bigEndianWord(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
