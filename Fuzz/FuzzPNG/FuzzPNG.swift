import CFuzzer
import CZlib
import PNGCodec

/// libFuzzer's entry point for the PNG decoder: any bytes either decode or throw ``PNGError``; a decoded image
/// encodes, and decoding that again gives the same image. The chunks' checksums are corrected first, so that
/// mutated inputs reach the decoding instead of stopping at libpng's checksum test.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = withCorrectChecksums(Array(UnsafeBufferPointer(start: start, count: count)))
    guard let image = try? PNGImage(decoding: bytes), image.samples16 == nil else { return 0 }
    do {
        let again = try PNGImage(decoding: try image.encoded())
        if again != image { fatalError("an image changed on its way through encoding and decoding") }
    } catch {
        fatalError("a decoded image could not be encoded and decoded again: \(error)")
    }
    return 0
}

/// `bytes` with each chunk's CRC (after the 8-byte signature: length, type, data, CRC) set to the right one.
private func withCorrectChecksums(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    var offset = 8
    while offset + 12 <= bytes.count {
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        let end = offset + 8 + length
        guard length <= bytes.count, end + 4 <= bytes.count else { break }
        let crc =
            bytes[(offset + 4)..<end].withContiguousStorageIfAvailable { chunk in
                UInt32(crc32(0, chunk.baseAddress, UInt32(chunk.count)))
            } ?? 0
        for index in 0..<4 { bytes[end + index] = UInt8(truncatingIfNeeded: crc >> (24 - 8 * index)) }
        offset = end + 4
    }
    return bytes
}

/// The program's entry point (SwiftPM's name for it): libFuzzer's driver, with ``fuzzPNG(_:_:)`` as the input's test.
@_cdecl("FuzzPNG_main")
public func fuzzPNGMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, arguments) = (argc, argv)
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPNG)
}
