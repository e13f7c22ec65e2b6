import Foundation

extension PNGImage {
    /// Decodes PNG bytes (`Data`, `[UInt8]`, or any other `ContiguousBytes`).
    ///
    /// Every colour type and bit depth decodes, with palette, transparency and interlacing (except interlaced
    /// 16-bit files with alpha); the resulting layout is described on ``PNGImage``. A damaged file throws
    /// ``PNGError``, never crashes.
    ///
    /// ```swift
    /// let image = try PNGImage(decoding: Data(contentsOf: url))
    /// ```
    public init(decoding bytes: some ContiguousBytes) throws(PNGError) {
        let result = bytes.withUnsafeBytes { data in
            Result { () throws(PNGError) in try PNGReader.decode(data) }
        }
        self = try result.get()
    }

    /// Decodes the PNG file at `path`; a failure's message starts with `path`.
    ///
    /// ```swift
    /// let image = try PNGImage(contentsOfFile: "lessons/data/x.png")
    /// // or throws, e.g. "lessons/data/x.png: not a PNG file"
    /// ```
    public init(contentsOfFile path: String) throws(PNGError) {
        do {
            self = try PNGImage(decoding: FileContents.bytes(atPath: path))
        } catch {
            throw error.naming(path)
        }
    }
}
