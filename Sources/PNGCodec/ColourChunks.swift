/// Finds and removes the colour-management chunks (`gAMA`, `cHRM`, `sRGB`, `iCCP`) before libpng sees them.
///
/// libpng's simplified API honours them: an 8-bit file with `gAMA` 1.0 would be converted to sRGB, and 16-bit
/// samples tagged sRGB would be converted to linear light. Pillow ignores them and returns the stored values,
/// and so does this decoder. The chunks precede the image data, so the walk stops at the first `IDAT`.
enum ColourChunks {
    private static let removed: Set<UInt32> = [0x6741_4D41, 0x6348_524D, 0x7352_4742, 0x6943_4350]

    /// Byte ranges of the colour-management chunks. A chunk that runs past the end stops the walk; libpng then
    /// reports the damage.
    static func ranges(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var offset = PNGSignature.count
        while let chunk = PNGChunks.chunk(in: bytes, at: offset), chunk.type != PNGChunks.imageData {
            if removed.contains(chunk.type) { found.append(offset..<chunk.end) }
            offset = chunk.end
        }
        return found
    }

    /// A copy of `bytes` without the given (sorted, disjoint) ranges.
    static func removing(_ ranges: [Range<Int>], from bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var start = 0
        for range in ranges {
            kept.append(contentsOf: bytes[start..<range.lowerBound])
            start = range.upperBound
        }
        kept.append(contentsOf: bytes[start...])
        return kept
    }

}
