/// An image's pixels as drawn: 8-bit samples, row-major, `channels` per pixel (1 grey, 2 grey + alpha,
/// 3 RGB, 4 RGBA), the layout a PNG encoder takes.
///
/// ```swift
/// let pixels = image.displayedPixels()
/// try PNGImage(width: image.width, height: image.height, channels: pixels.channels, pixels: pixels.bytes)
/// ```
public struct DisplayedPixels: Sendable, Equatable {
    /// Samples per pixel: 1, 2, 3 or 4.
    public let channels: Int
    /// `width * height * channels` samples.
    public let bytes: [UInt8]

    /// Pixels with `channels` samples each.
    ///
    /// ```swift
    /// DisplayedPixels(channels: 1, bytes: [255, 0])
    /// ```
    public init(channels: Int, bytes: [UInt8]) {
        self.channels = channels
        self.bytes = bytes
    }
}

extension ImageDisplay {
    /// The pixels as matplotlib draws them. A single-channel image goes through its colour map (one grey
    /// channel when the map is grey, RGB otherwise); NaN samples are transparent (matplotlib's "bad" colour),
    /// which adds an alpha channel only when some sample is NaN. RGB bytes stay as they are; RGB doubles are
    /// clipped to `0...1` and scaled to bytes by truncation, as matplotlib does.
    ///
    /// ```swift
    /// let image = try ImageDisplay(width: 3, height: 1, channels: 1, samples: .doubles([0, 0.5, 1]))
    /// image.displayedPixels().bytes  // [255, 149, 0]: Greys, high values dark
    /// ```
    public func displayedPixels() -> DisplayedPixels {
        channels == 3 ? rgbPixels() : mappedPixels()
    }

    private func rgbPixels() -> DisplayedPixels {
        switch samples {
        case .bytes(let bytes):
            return DisplayedPixels(channels: 3, bytes: bytes)
        case .doubles(let doubles):
            return DisplayedPixels(channels: 3, bytes: doubles.map { $0.isNaN ? 0 : UInt8(min(max($0, 0), 1) * 255) })
        }
    }

    private func mappedPixels() -> DisplayedPixels {
        let indices = (0..<samples.count).map { colourMap.index(at: normalised(samples[$0])) }
        let hasMissing = indices.contains(nil)
        let colourChannels = colourMap.isGrey ? 1 : 3
        var bytes: [UInt8] = []
        bytes.reserveCapacity(indices.count * (colourChannels + (hasMissing ? 1 : 0)))
        for index in indices {
            let colour = index.map { colourMap.bytes[$0] } ?? [0, 0, 0]
            bytes.append(contentsOf: colourChannels == 1 ? colour[..<1] : colour[...])
            if hasMissing { bytes.append(index == nil ? 0 : 255) }
        }
        return DisplayedPixels(channels: colourChannels + (hasMissing ? 1 : 0), bytes: bytes)
    }

    /// What the picture shows, coarsely: each single-channel sample's normalised value in 64 levels (NaN apart),
    /// or each RGB byte's top 6 bits. Float noise far below what the eye sees leaves it unchanged.
    func quantised() -> [UInt8] {
        if channels == 3 { return rgbPixels().bytes.map { $0 >> 2 } }
        return (0..<samples.count).map { index in
            let x = normalised(samples[index])
            return x.isNaN ? 0xFF : UInt8((min(max(x, 0), 1) * 63).rounded())
        }
    }
}
