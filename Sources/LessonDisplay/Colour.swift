#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// An opaque RGB colour, each component in `0...1` as matplotlib keeps colours.
///
/// ```swift
/// let red = Colour(red: 1, green: 0, blue: 0)
/// red.hex                  // "#ff0000"
/// Colour(hex: "#1f77b4")   // matplotlib's first default colour
/// ```
public struct Colour: Sendable, Hashable {
    /// The red component, `0...1`.
    public var red: Double
    /// The green component, `0...1`.
    public var green: Double
    /// The blue component, `0...1`.
    public var blue: Double

    /// A colour from components in `0...1`.
    ///
    /// ```swift
    /// Colour(red: 0.5, green: 0.5, blue: 0.5).hex  // "#808080"
    /// ```
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `#rrggbb` or `#rgb` (either case), or `nil` for anything else.
    ///
    /// ```swift
    /// Colour(hex: "#f80")?.hex  // "#ff8800"
    /// ```
    public init?(hex: String) {
        guard hex.first == "#", hex.dropFirst().allSatisfy(\.isHexDigit),
            let digits = UInt32(hex.dropFirst(), radix: 16)
        else { return nil }
        switch hex.count {
        case 7:
            self.init(bytes: UInt8(digits >> 16 & 0xFF), UInt8(digits >> 8 & 0xFF), UInt8(digits & 0xFF))
        case 4:
            let (r, g, b) = (UInt8(digits >> 8 & 0xF), UInt8(digits >> 4 & 0xF), UInt8(digits & 0xF))
            self.init(bytes: r * 17, g * 17, b * 17)
        default:
            return nil
        }
    }

    /// A colour from 8-bit components.
    ///
    /// ```swift
    /// Colour(bytes: 255, 127, 14).hex  // "#ff7f0e"
    /// ```
    public init(bytes red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.init(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255)
    }

    /// `#rrggbb`, each component rounded to the nearest of 0...255 (matplotlib's `rgb2hex`, which pandas uses
    /// for `background_gradient`).
    ///
    /// ```swift
    /// Colour(red: 0.8087812379853903, green: 0.8087812379853903, blue: 0.8087812379853903).hex  // "#cecece"
    /// ```
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [red, green, blue] {
            let byte = Int((min(max(component, 0), 1) * 255).rounded(.toNearestOrEven))
            text.append(digits[byte >> 4])
            text.append(digits[byte & 0xF])
        }
        return text
    }

    /// The 8-bit components as matplotlib draws images (`cmap(x, bytes=True)`): each component times 255,
    /// truncated.
    ///
    /// ```swift
    /// Colour(red: 0.8087812379853903, green: 0.8087812379853903, blue: 0.8087812379853903).bytes  // [206, 206, 206]
    /// ```
    public var bytes: [UInt8] {
        [red, green, blue].map { UInt8(min(max($0, 0), 1) * 255) }
    }

    /// The WCAG relative luminance (sRGB components linearised), as pandas computes it to choose the text
    /// colour of a shaded cell.
    ///
    /// ```swift
    /// Colour(red: 1, green: 1, blue: 1).relativeLuminance  // 1.0
    /// ```
    public var relativeLuminance: Double {
        func linear(_ x: Double) -> Double {
            x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Whether text on this background should be light: pandas' rule, relative luminance below 0.408.
    ///
    /// ```swift
    /// Colour(red: 0, green: 0, blue: 0).wantsLightText  // true
    /// ```
    public var wantsLightText: Bool { relativeLuminance < 0.408 }
}
