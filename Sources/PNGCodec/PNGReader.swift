import CPNG

/// Decodes PNG bytes with libpng's simplified API (`png_image_begin_read_from_memory`, `png_image_finish_read`).
///
/// libpng reports errors by `longjmp`; the simplified API catches them inside C and returns 0 with a message, so
/// no `longjmp` ever crosses a Swift frame and a damaged file can only produce a ``PNGError``.
enum PNGReader {
    static func decode(_ data: UnsafeRawBufferPointer) throws(PNGError) -> PNGImage {
        guard PNGSignature.matches(data) else { throw PNGError(.notPNG, "not a PNG file") }
        let colourChunks = ColourChunks.ranges(in: data)
        if colourChunks.isEmpty { return try decodeWithoutColourChunks(data) }
        let stripped = ColourChunks.removing(colourChunks, from: data)
        let result = stripped.withUnsafeBytes { bytes in
            Result { () throws(PNGError) in try decodeWithoutColourChunks(bytes) }
        }
        return try result.get()
    }

    private static func decodeWithoutColourChunks(_ data: UnsafeRawBufferPointer) throws(PNGError) -> PNGImage {
        try withImage { image throws(PNGError) in
            try begin(image, data)
            // The file's own layout; a palette file expands to RGB, or to RGBA when it has transparency.
            let format = image.pointee.format & ~PNG_FORMAT_FLAG_COLORMAP
            let width = Int(image.pointee.width)
            let height = Int(image.pointee.height)
            let channels = channelCount(format)
            guard let count = PNGImage.sampleCount(width: width, height: height, channels: channels),
                count <= PNGImage.maximumSampleCount
            else {
                throw PNGError(
                    .tooLarge, "image too large to decode (\(width) x \(height) pixels, \(channels) channels)")
            }
            try checkImageDataCanHold(width: width, height: height, data)
            if format & PNG_FORMAT_FLAG_LINEAR == 0 {
                let pixels: [UInt8] = try finish(image, format: format, count: count)
                return PNGImage(unchecked: width, height: height, channels: channels, pixels: pixels)
            }
            if format & PNG_FORMAT_FLAG_ALPHA == 0 {
                // 16-bit samples come back exactly as stored: linear in, linear out (the colour chunks are gone).
                let samples: [UInt16] = try finish(image, format: format, count: count)
                let pixels = samples.map { UInt8(truncatingIfNeeded: $0 >> 8) }
                return PNGImage(
                    unchecked: width, height: height, channels: channels, pixels: pixels, samples16: samples)
            }
            // 16-bit with alpha (or tRNS): the 16-bit formats would premultiply colour by alpha, so read 8 bits directly;
            // taken as sRGB (like the 8-bit output) there is no gamma step, only libpng's rounding to 8 bits.
            // libpng 1.6.39 misplaces the rows of interlaced 16-bit files read this way, so refuse those.
            guard !isInterlaced(data) else {
                throw PNGError(
                    .unsupported,
                    "interlaced 16-bit images with alpha are not supported (save it without interlacing)")
            }
            image.pointee.flags |= UInt32(PNG_IMAGE_FLAG_16BIT_sRGB)
            let pixels: [UInt8] = try finish(image, format: format & ~PNG_FORMAT_FLAG_LINEAR, count: count)
            return PNGImage(unchecked: width, height: height, channels: channels, pixels: pixels)
        }
    }

    /// Runs `body` with a zeroed `png_image` at a fixed address (libpng keeps a pointer to it between begin and
    /// finish, so it must not live in a Swift variable that could move) and frees libpng's state afterwards.
    private static func withImage<Value>(
        _ body: (UnsafeMutablePointer<png_image>) throws(PNGError) -> Value
    ) throws(PNGError) -> Value {
        let image = UnsafeMutablePointer<png_image>.allocate(capacity: 1)
        image.initialize(to: png_image())
        image.pointee.version = UInt32(PNG_IMAGE_VERSION)
        defer {
            png_image_free(image)
            image.deallocate()
        }
        return try body(image)
    }

    private static func begin(_ image: UnsafeMutablePointer<png_image>, _ data: UnsafeRawBufferPointer) throws(PNGError)
    {
        guard png_image_begin_read_from_memory(image, data.baseAddress, data.count) != 0 else {
            throw PNGError(.corruptHeader, "corrupt PNG header (libpng: \(message(image)))")
        }
    }

    private static func finish<Sample: FixedWidthInteger>(
        _ image: UnsafeMutablePointer<png_image>, format: UInt32, count: Int
    ) throws(PNGError) -> [Sample] {
        image.pointee.format = format
        var samples = [Sample](repeating: 0, count: count)
        let status = samples.withUnsafeMutableBytes { png_image_finish_read(image, nil, $0.baseAddress, 0, nil) }
        guard status != 0 else {
            throw PNGError(.corruptData, "truncated or corrupt image data (libpng: \(message(image)))")
        }
        return samples
    }

    /// Throws when the file's compressed image data is too short to hold the image its header announces, before
    /// the pixels are allocated: a file of a few bytes that claims 252 x 393,220 pixels would otherwise take
    /// 200 MB and seconds before libpng found it truncated.
    private static func checkImageDataCanHold(
        width: Int, height: Int, _ data: UnsafeRawBufferPointer
    ) throws(PNGError) {
        // libpng has checked `IHDR`: bit depth at byte 24, colour type at byte 25.
        guard data.count > 25 else { return }
        let samplesPerPixel = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][Int(data[25])] ?? 4
        let needed = PNGChunks.rawByteCount(width: width, height: height, bitsPerPixel: Int(data[24]) * samplesPerPixel)
        let compressed = PNGChunks.imageDataByteCount(in: data)
        let (largest, overflow) = compressed.multipliedReportingOverflow(by: PNGChunks.largestExpansion)
        guard !overflow, largest < needed else { return }
        throw PNGError(
            .corruptData,
            "truncated image data: \(compressed) bytes of compressed data cannot hold \(width) x \(height) pixels")
    }

    /// The interlace byte of `IHDR`, which libpng has checked is the first chunk.
    private static func isInterlaced(_ data: UnsafeRawBufferPointer) -> Bool {
        data.count > 28 && data[28] != 0
    }

    static func channelCount(_ format: UInt32) -> Int {
        1 + (format & PNG_FORMAT_FLAG_COLOR != 0 ? 2 : 0) + (format & PNG_FORMAT_FLAG_ALPHA != 0 ? 1 : 0)
    }

    /// libpng's message: a NUL-terminated string in a fixed 64-byte field.
    static func message(_ image: UnsafeMutablePointer<png_image>) -> String {
        let bytes = withUnsafeBytes(of: image.pointee.message) { Array($0.prefix { $0 != 0 }) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
