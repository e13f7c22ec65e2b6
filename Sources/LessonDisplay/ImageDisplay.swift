/// An image to show (`showImage`): `height` rows of `width` pixels, one sample per pixel (mapped through a
/// colour map) or three (RGB), with an optional title.
///
/// It follows matplotlib's `imshow` as fast.ai's `show_image` calls it: single-channel values are normalised
/// from ``valueRange`` (by default the data's own minimum to maximum, matplotlib's default `Normalize`) onto
/// the colour map, `Greys` by default, so high values are dark. RGB samples are shown as they are: bytes as
/// 0...255, doubles as 0...1 (clipped).
///
/// ```swift
/// let image = try ImageDisplay(width: 2, height: 1, channels: 1, samples: .doubles([0, 1]), title: "two")
/// image.valueRange           // 0.0...1.0
/// image.textForm             // "[image 2x1 \"two\" #......]"
/// image.displayedPixels()    // DisplayedPixels(channels: 1, bytes: [255, 0]): white, black
/// ```
public struct ImageDisplay: Sendable, Equatable {
    /// The samples, row-major, channels interleaved.
    public enum Samples: Sendable, Equatable {
        /// 8-bit samples (a `uint8` tensor): RGB bytes are shown as they are.
        case bytes([UInt8])
        /// Numbers (any other dtype): RGB numbers are in `0...1` (clipped, matplotlib's rule for float RGB).
        case doubles([Double])

        /// The number of samples.
        public var count: Int {
            switch self {
            case .bytes(let bytes): bytes.count
            case .doubles(let doubles): doubles.count
            }
        }

        /// Sample `index` as a number.
        subscript(index: Int) -> Double {
            switch self {
            case .bytes(let bytes): Double(bytes[index])
            case .doubles(let doubles): doubles[index]
            }
        }
    }

    /// Pixels per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// 1 (mapped through ``colourMap``) or 3 (RGB).
    public let channels: Int
    /// `width * height * channels` samples.
    public let samples: Samples
    /// The values drawn as the colour map's first and last colours (single channel only); values outside
    /// are clipped to those ends.
    public let valueRange: ClosedRange<Double>
    /// The colour map of single-channel images.
    public let colourMap: ColourMap
    /// The title shown above the image, if any.
    public let title: String?

    /// An image; throws unless `width` and `height` are positive, `channels` is 1 or 3 and `samples` holds
    /// `width * height * channels` values. `valueRange` defaults to the finite samples' minimum to maximum
    /// (`0...1` when there are none).
    ///
    /// ```swift
    /// let mean3 = try ImageDisplay(width: 28, height: 28, channels: 1, samples: .doubles(values))
    /// ```
    public init(
        width: Int, height: Int, channels: Int, samples: Samples, valueRange: ClosedRange<Double>? = nil,
        colourMap: ColourMap = .greys, title: String? = nil
    ) throws(DisplayError) {
        guard width > 0, height > 0 else {
            throw DisplayError("an image needs at least one pixel, got \(width)x\(height)")
        }
        guard channels == 1 || channels == 3 else {
            throw DisplayError("an image needs 1 (grey) or 3 (RGB) channels, got \(channels)")
        }
        let (area, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, area <= 1 << 26, area * channels == samples.count else {
            throw DisplayError(
                "a \(width)x\(height) image with \(channels) channel\(channels == 1 ? "" : "s") needs "
                    + "\(width)x\(height)x\(channels) samples, got \(samples.count)")
        }
        self.width = width
        self.height = height
        self.channels = channels
        self.samples = samples
        self.valueRange = valueRange ?? Self.finiteRange(of: samples)
        self.colourMap = colourMap
        self.title = title
    }

    /// The smallest to the largest finite sample, or `0...1` when no sample is finite.
    private static func finiteRange(of samples: Samples) -> ClosedRange<Double> {
        switch samples {
        case .bytes(let bytes):
            guard let low = bytes.min(), let high = bytes.max() else { return 0...1 }
            return Double(low)...Double(high)
        case .doubles(let doubles):
            return finiteValueRange(of: doubles) ?? 0...1
        }
    }

    /// A single-channel sample normalised by ``valueRange`` as matplotlib's `Normalize` does (0 everywhere
    /// when the range is one value).
    func normalised(_ value: Double) -> Double {
        let span = valueRange.upperBound - valueRange.lowerBound
        return span > 0 ? (value - valueRange.lowerBound) / span : 0
    }
}
