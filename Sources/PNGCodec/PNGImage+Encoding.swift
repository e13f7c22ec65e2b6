import CPNG

extension PNGImage {
    /// The image as a PNG file: 8 bits per sample, grey / grey + alpha / RGB / RGBA by ``channels``.
    ///
    /// Written by libpng's simplified API (`png_image_write_to_memory`), whose settings are fixed: chunks `IHDR`,
    /// `sRGB`, `IDAT`, `IEND` only (no time or text chunk), not interlaced, zlib's default level 6, and libpng's
    /// per-row filter choice among all five filters by the smallest sum of absolute differences. Every step is
    /// deterministic, so the same image always gives the same bytes (with the same libpng and zlib), which keeps
    /// rendered pages byte-identical from run to run.
    ///
    /// ```swift
    /// let image = try PNGImage(width: 2, height: 1, channels: 1, pixels: [0, 255])
    /// let png = try image.encoded()  // starts with 0x89 "PNG"
    /// ```
    public func encoded() throws(PNGError) -> [UInt8] {
        guard let width = UInt32(exactly: width), let height = UInt32(exactly: height) else {
            throw PNGError(.encodingFailed, "image too large to encode (\(self.width) x \(self.height) pixels)")
        }
        // Raw size plus filter bytes, zlib and chunk overhead; a second pass runs only if this ever falls short.
        let estimate = pixels.count + Int(height) + pixels.count / 64 + 1024
        let first = try write(width: width, height: height, capacity: estimate)
        if first.count <= estimate { return first.bytes }
        return try write(width: width, height: height, capacity: first.count).bytes
    }

    /// Writes into a buffer of `capacity` bytes; returns the bytes and the size libpng needed (larger than
    /// `capacity` when the buffer was too small, in which case the bytes are incomplete).
    private func write(width: UInt32, height: UInt32, capacity: Int) throws(PNGError) -> (bytes: [UInt8], count: Int) {
        let image = UnsafeMutablePointer<png_image>.allocate(capacity: 1)
        image.initialize(to: png_image())
        defer {
            png_image_free(image)
            image.deallocate()
        }
        image.pointee.version = UInt32(PNG_IMAGE_VERSION)
        image.pointee.width = width
        image.pointee.height = height
        image.pointee.format = Self.format(channels: channels)
        var bytes = [UInt8](repeating: 0, count: capacity)
        var size = png_alloc_size_t(capacity)
        let status = bytes.withUnsafeMutableBytes { output in
            pixels.withUnsafeBytes { input in
                png_image_write_to_memory(image, output.baseAddress, &size, 0, input.baseAddress, 0, nil)
            }
        }
        let count = Int(size)
        if count > capacity { return (bytes, count) }
        guard status != 0 else {
            throw PNGError(.encodingFailed, "cannot encode the image (libpng: \(PNGReader.message(image)))")
        }
        bytes.removeLast(capacity - count)
        return (bytes, count)
    }

    /// 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA.
    private static func format(channels: Int) -> UInt32 {
        (channels >= 3 ? PNG_FORMAT_FLAG_COLOR : 0) | (channels % 2 == 0 ? PNG_FORMAT_FLAG_ALPHA : 0)
    }
}
