/// An image as 8-bit samples: `height` rows of `width` pixels, each pixel `channels` interleaved samples
/// (1 = grey, 2 = grey + alpha, 3 = RGB, 4 = RGBA), row-major from the top-left corner.
///
/// Decoding gives the layout the file implies, the way Pillow's `np.array(Image.open(p).convert(mode))` does:
/// grey files give 1 channel, grey + alpha 2, RGB 3, RGBA 4; a palette file gives RGB (3), or RGBA (4) when
/// it has a `tRNS` chunk, even when every palette entry is grey; a grey or RGB file with a `tRNS` chunk gains
/// an alpha channel. 1/2/4-bit grey is scaled to 8 bits (a 1-bit image gives 0 and 255). Gamma and other
/// colour-management chunks are ignored, as Pillow ignores them, so stored values come back exactly.
///
/// 16-bit files without alpha are reduced to the high byte of each sample (`value >> 8`, what libpng's
/// `png_set_strip_16` does and what Pillow does for 16-bit RGB; for 16-bit grey, which Pillow opens as
/// mode "I;16", it equals `np.array(im) >> 8`), and the full samples stay available in ``samples16``.
/// 16-bit files with alpha are reduced by libpng's rounding, `(value * 255 + 32767) / 65535`, within 1 of
/// Pillow's high byte, without ``samples16``: libpng's simplified API returns 16-bit colour only premultiplied
/// by alpha. For the same reason interlaced 16-bit files with alpha are refused
/// (``PNGError/Kind/unsupported``): libpng 1.6.39 misplaces their rows when reducing them to 8 bits.
///
/// ```swift
/// let image = try PNGImage(contentsOfFile: "lessons/data/mnist/3/10.png")
/// (image.width, image.height, image.channels)  // (28, 28, 1)
/// image.pixels[14 * 28 + 14]                   // the centre pixel, 0...255
/// ```
public struct PNGImage: Equatable, Sendable {
    /// Pixels per row.
    ///
    /// ```swift
    /// try PNGImage(width: 3, height: 1, channels: 1, pixels: [0, 1, 2]).width  // 3
    /// ```
    public let width: Int

    /// Number of rows.
    ///
    /// ```swift
    /// try PNGImage(width: 3, height: 1, channels: 1, pixels: [0, 1, 2]).height  // 1
    /// ```
    public let height: Int

    /// Samples per pixel: 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA.
    ///
    /// ```swift
    /// try PNGImage(width: 1, height: 1, channels: 3, pixels: [255, 0, 0]).channels  // 3
    /// ```
    public let channels: Int

    /// `width * height * channels` samples, row-major, channels interleaved.
    ///
    /// ```swift
    /// let image = try PNGImage(width: 2, height: 1, channels: 1, pixels: [0, 255])
    /// image.pixels  // [0, 255]
    /// ```
    public let pixels: [UInt8]

    /// The file's samples, in the same layout as ``pixels``, when the file stored 16 bits per sample;
    /// `nil` otherwise (and for images built in memory).
    ///
    /// ```swift
    /// let image = try PNGImage(contentsOfFile: "depth.png")  // a 16-bit grey file
    /// image.samples16?[0]  // 51_403, while image.pixels[0] is 51_403 >> 8 = 200
    /// ```
    public let samples16: [UInt16]?

    /// Bits per sample of ``pixels``: always 8 (see ``samples16`` for 16-bit files).
    ///
    /// ```swift
    /// image.bitDepth  // 8
    /// ```
    public var bitDepth: Int { 8 }

    /// The most samples an image may have when decoded or scaled up (2^28, for example 16384 x 16384 RGBA),
    /// so a hostile header cannot ask for terabytes.
    ///
    /// ```swift
    /// PNGImage.maximumSampleCount  // 268_435_456
    /// ```
    public static let maximumSampleCount = 1 << 28

    /// Creates an image from 8-bit samples; throws ``PNGError/Kind/invalidImage`` unless `width` and `height`
    /// are positive, `channels` is 1...4 and `pixels` holds exactly `width * height * channels` samples.
    ///
    /// ```swift
    /// let checker = try PNGImage(width: 2, height: 2, channels: 1, pixels: [0, 255, 255, 0])
    /// ```
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) throws(PNGError) {
        guard width > 0, height > 0, (1...4).contains(channels) else {
            throw PNGError(.invalidImage, "invalid image shape \(width) x \(height) x \(channels)")
        }
        guard Self.sampleCount(width: width, height: height, channels: channels) == pixels.count else {
            let shape = "\(width) x \(height) x \(channels)"
            throw PNGError(.invalidImage, "a \(shape) image needs \(shape) samples, got \(pixels.count)")
        }
        self.init(unchecked: width, height: height, channels: channels, pixels: pixels)
    }

    /// For decoders and transforms that computed consistent sizes themselves.
    init(unchecked width: Int, height: Int, channels: Int, pixels: [UInt8], samples16: [UInt16]? = nil) {
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
        self.samples16 = samples16
    }

    /// `width * height * channels`, or `nil` if that overflows `Int`.
    static func sampleCount(width: Int, height: Int, channels: Int) -> Int? {
        let (area, areaOverflow) = width.multipliedReportingOverflow(by: height)
        let (count, countOverflow) = area.multipliedReportingOverflow(by: channels)
        return areaOverflow || countOverflow ? nil : count
    }
}
