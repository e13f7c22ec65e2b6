import LessonDisplay

/// Numbers written into SVG drawings.
enum NumberText {
    /// An SVG coordinate: one decimal (a tenth of a pixel), without a trailing `.0`.
    ///
    /// ```swift
    /// NumberText.coordinate(12.04)  // "12"
    /// NumberText.coordinate(3.25)   // "3.2"
    /// ```
    static func coordinate(_ value: Double) -> String {
        let text = FixedDecimals.text(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
