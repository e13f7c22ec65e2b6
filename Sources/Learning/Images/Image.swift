import PNGCodec

/// A decoded image, as Pillow's `Image.open(path)` gives it to fast.ai lessons: ``width`` by ``height`` pixels in
/// a ``mode`` ("L" grey, "LA" grey + alpha, "RGB", "RGBA"), 8 bits per sample.
///
/// ``open(_:)-(Path)`` decodes the whole PNG at once (Pillow decodes on first use; a 28x28 file costs about 20 µs
/// either way), so a damaged file fails where it is opened, with its name. Palette files open as "RGB" (or "RGBA"
/// with transparency) where Pillow would say "P", and 16-bit grey as "L" (the high byte of each sample) where
/// Pillow says "I;16": ``PNGImage`` describes the decoding.
///
/// ```swift
/// let image = try Image.open(path / "train" / "3" / "10.png")
/// image.description     // "<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>"
/// try tensor(image).shape  // [28, 28]
/// ```
public final class Image: Sendable, CustomStringConvertible {
    /// The decoded pixels.
    ///
    /// ```swift
    /// image.png.pixels.count  // 784
    /// ```
    public let png: PNGImage

    /// The file the image came from, or `nil` for an image built in memory.
    ///
    /// ```swift
    /// image.path?.name  // "10.png"
    /// ```
    public let path: Path?

    /// An image from decoded pixels.
    ///
    /// ```swift
    /// let image = Image(try PNGImage(width: 2, height: 1, channels: 1, pixels: [0, 255]))
    /// ```
    public init(_ png: PNGImage, path: Path? = nil) {
        self.png = png
        self.path = path
    }

    /// Decodes the PNG file at `path`; throws a ``DataError`` naming the file when it is missing, not a PNG,
    /// truncated or corrupt.
    ///
    /// ```swift
    /// let image = try Image.open(threes[1])
    /// ```
    public static func open(_ path: Path) throws(DataError) -> Image {
        do {
            return Image(try PNGImage(contentsOfFile: path.string), path: path)
        } catch {
            throw DataError(path: path.string, reason: error.reason)
        }
    }

    /// Decodes the PNG file at `path` (text).
    ///
    /// ```swift
    /// let image = try Image.open("data/mnist_sample/train/3/1500.png")
    /// ```
    public static func open(_ path: String) throws(DataError) -> Image {
        try open(Path(path))
    }

    /// Pixels per row.
    ///
    /// ```swift
    /// image.width  // 28
    /// ```
    public var width: Int { png.width }

    /// Number of rows.
    ///
    /// ```swift
    /// image.height  // 28
    /// ```
    public var height: Int { png.height }

    /// `width * height * channels` samples, row-major, channels interleaved (`np.array(im).flatten()`).
    ///
    /// ```swift
    /// image.pixels[14 * 28 + 14]  // the centre pixel of a 28x28 grey image
    /// ```
    public var pixels: [UInt8] { png.pixels }

    /// Pillow's mode name for the channels: "L", "LA", "RGB" or "RGBA".
    ///
    /// ```swift
    /// image.mode  // "L"
    /// ```
    public var mode: String { ["L", "LA", "RGB", "RGBA"][png.channels - 1] }

    /// The short form of an image that a lesson shows as a cell's value (drawn in the page): `<Image mode=L
    /// size=28x28>`.
    ///
    /// ```swift
    /// image.summary  // "<Image mode=L size=28x28>"
    /// ```
    public var summary: String { "<Image mode=\(mode) size=\(width)x\(height)>" }

    /// Pillow's `repr` without the object's address, so it is the same on every run.
    ///
    /// ```swift
    /// image.description  // "<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>"
    /// ```
    public var description: String {
        "<PIL.PngImagePlugin.PngImageFile image mode=\(mode) size=\(width)x\(height)>"
    }
}
