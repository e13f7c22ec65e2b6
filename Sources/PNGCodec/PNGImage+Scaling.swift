extension PNGImage {
    /// The image enlarged `factor` times in each direction with nearest-neighbour sampling: every pixel becomes
    /// a `factor` x `factor` block, so pixels stay crisp. Throws if `factor` is not positive or the result would
    /// exceed ``maximumSampleCount`` samples.
    ///
    /// ```swift
    /// let big = try PNGImage(width: 2, height: 1, channels: 1, pixels: [0, 255]).scaledUp(by: 2)
    /// big.pixels  // [0, 0, 255, 255,
    ///             //  0, 0, 255, 255]
    /// ```
    public func scaledUp(by factor: Int) throws(PNGError) -> PNGImage {
        guard factor > 0 else { throw PNGError(.invalidImage, "scale factor must be positive, got \(factor)") }
        let (newWidth, widthOverflow) = width.multipliedReportingOverflow(by: factor)
        let (newHeight, heightOverflow) = height.multipliedReportingOverflow(by: factor)
        guard !widthOverflow, !heightOverflow,
            let count = Self.sampleCount(width: newWidth, height: newHeight, channels: channels),
            count <= Self.maximumSampleCount
        else {
            throw PNGError(.tooLarge, "scaling a \(width) x \(height) image by \(factor) is too large")
        }
        var scaled: [UInt8] = []
        scaled.reserveCapacity(count)
        var row: [UInt8] = []
        row.reserveCapacity(newWidth * channels)
        for y in 0..<height {
            row.removeAll(keepingCapacity: true)
            for x in 0..<width {
                let pixel = pixels[(y * width + x) * channels..<(y * width + x + 1) * channels]
                for _ in 0..<factor { row.append(contentsOf: pixel) }
            }
            for _ in 0..<factor { scaled.append(contentsOf: row) }
        }
        return PNGImage(unchecked: newWidth, height: newHeight, channels: channels, pixels: scaled)
    }
}
