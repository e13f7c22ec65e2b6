/// The images of an ``ImageBlock``, as fast.ai's `cls` names them: `PILImageBW` reads every image as one grey
/// channel (Pillow's mode "L"), `PILImage` as three (RGB).
///
/// ```swift
/// ImageKind.blackAndWhite.className  // "PILImageBW"
/// ```
public enum ImageKind: Sendable, Equatable {
    /// Grey, one channel: fast.ai's `PILImageBW`.
    case blackAndWhite
    /// Colour, three channels: fast.ai's `PILImage`.
    case colour

    /// fast.ai's class name: `PILImageBW` or `PILImage`.
    public var className: String { self == .blackAndWhite ? "PILImageBW" : "PILImage" }
    /// Pillow's mode of the converted images: `L` or `RGB`.
    public var mode: String { self == .blackAndWhite ? "L" : "RGB" }
    /// The channels of the converted images: 1 or 3.
    public var channels: Int { self == .blackAndWhite ? 1 : 3 }

    /// `samples` (`channels` per pixel: grey, grey + alpha, RGB or RGBA) converted to this kind's channels as
    /// Pillow's `convert` does: RGB to grey by ITU-R 601-2 luma (`L = R * 299/1000 + G * 587/1000 + B * 114/1000`,
    /// in Pillow's fixed point), grey to RGB by repeating it, alpha dropped.
    func converted(_ samples: [UInt8], channels: Int) -> [UInt8] {
        let pixelCount = samples.count / channels
        let target = self.channels
        if channels == target { return samples }
        var result = [UInt8](repeating: 0, count: pixelCount * target)
        for pixel in 0..<pixelCount {
            let base = pixel * channels
            if channels >= 3 {
                let (r, g, b) = (UInt32(samples[base]), UInt32(samples[base + 1]), UInt32(samples[base + 2]))
                if target == 1 {
                    result[pixel] = UInt8((r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16)
                } else {
                    for channel in 0..<3 { result[pixel * 3 + channel] = samples[base + channel] }
                }
            } else {
                for channel in 0..<target { result[pixel * target + channel] = samples[base] }
            }
        }
        return result
    }
}
