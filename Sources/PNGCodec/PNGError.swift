/// Why an image could not be decoded, encoded or built.
///
/// The description names the file (when decoding from a path) and the reason, and for libpng failures quotes
/// libpng's own message:
///
/// ```swift
/// do {
///     _ = try PNGImage(contentsOfFile: "lessons/data/x.png")
/// } catch {
///     print(error)  // lessons/data/x.png: not a PNG file
/// }
/// ```
public struct PNGError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of failure, for callers that react differently to each.
    ///
    /// ```swift
    /// if error.kind == .unreadableFile { print("missing file") }
    /// ```
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read.
        case unreadableFile
        /// The bytes do not start with the PNG signature (this includes an empty file).
        case notPNG
        /// The signature is right but the header chunks are malformed or unsupported.
        case corruptHeader
        /// The image data is truncated or corrupt (bad CRC, bad zlib stream, missing rows).
        case corruptData
        /// A valid file this decoder cannot read correctly: an interlaced 16-bit file with alpha.
        case unsupported
        /// The image has more than ``PNGImage/maximumSampleCount`` samples.
        case tooLarge
        /// An in-memory image whose sizes do not match its pixels, or a bad scale factor.
        case invalidImage
        /// libpng refused to encode the image.
        case encodingFailed
    }

    /// The kind of failure.
    ///
    /// ```swift
    /// error.kind  // .corruptData
    /// ```
    public let kind: Kind

    /// What went wrong, without the file name.
    ///
    /// ```swift
    /// error.reason  // "truncated or corrupt image data (libpng: Not enough image data)"
    /// ```
    public let reason: String

    /// The file being decoded, or `nil` when decoding bytes from memory.
    ///
    /// ```swift
    /// error.path  // "lessons/data/x.png"
    /// ```
    public let path: String?

    /// Creates an error; decoders fill in ``path`` with ``naming(_:)``.
    ///
    /// ```swift
    /// let error = PNGError(.notPNG, "not a PNG file")
    /// ```
    public init(_ kind: Kind, _ reason: String, path: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.path = path
    }

    /// The same error, naming the file it came from.
    ///
    /// ```swift
    /// PNGError(.notPNG, "not a PNG file").naming("x.png").description  // "x.png: not a PNG file"
    /// ```
    public func naming(_ path: String) -> PNGError {
        PNGError(kind, reason, path: path)
    }

    /// `path: reason`, or just the reason for in-memory data.
    ///
    /// ```swift
    /// print(error)  // lessons/data/x.png: not a PNG file
    /// ```
    public var description: String {
        path.map { "\($0): \(reason)" } ?? reason
    }
}
