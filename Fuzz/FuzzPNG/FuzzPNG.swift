import CFuzzer
import PNGCodec

/// libFuzzer's entry point for the PNG decoder: any bytes either decode or throw ``PNGError``; a decoded image
/// encodes, and decoding that again gives the same image.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let image = try? PNGImage(decoding: bytes), image.samples16 == nil else { return 0 }
    do {
        let again = try PNGImage(decoding: try image.encoded())
        if again != image { fatalError("an image changed on its way through encoding and decoding") }
    } catch {
        fatalError("a decoded image could not be encoded and decoded again: \(error)")
    }
    return 0
}

/// The program's entry point (SwiftPM's name for it): libFuzzer's driver, with ``fuzzPNG(_:_:)`` as the input's test.
@_cdecl("FuzzPNG_main")
public func fuzzPNGMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, arguments) = (argc, argv)
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPNG)
}
