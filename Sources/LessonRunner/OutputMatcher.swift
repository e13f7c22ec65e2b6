/// Compares a cell's actual text output with its expected block, the way `lesson check` does
/// (docs/lesson-format.md, "What `lesson check` compares"):
///
/// - whitespace at line ends, trailing blank lines and the kind of line ending are ignored;
/// - a decimal number in the expected text (one with a point or an exponent: `0.1114`, `3.`, `1.0000e-05`)
///   matches an actual decimal number within one unit of its last written digit, as pytest's NUMBER option does:
///   expected `0.1114` matches `0.11138` and `0.1115`, not `0.1117`. A number written without decimals (`3.`,
///   `1e-05`) must be equal in value (`3.` matches `3.0`); the ``tolerance`` widens both to a relative tolerance;
/// - integers (`3`, `[6131, 28, 28]`) and all other text must match exactly, so `3` does not match `3.0`: in
///   Swift and PyTorch output the two are different types.
///
/// Numbers are paired in order; when the two texts hold different counts of decimal numbers nothing is paired
/// and the texts must match exactly.
///
/// ```swift
/// let matcher = OutputMatcher()
/// matcher.matches(expected: "tensor(0.1114)\n", actual: "tensor(0.11138)")   // true
/// matcher.matches(expected: "3\n", actual: "3.0\n")                          // false
/// OutputMatcher(tolerance: 1e-2).matches(expected: "2.50", actual: "2.52")  // true
/// ```
public struct OutputMatcher: Sendable {
    /// An extra relative tolerance for decimal numbers (the lesson's `tolerance:` or the cell's `tolerance=`).
    public var tolerance: Double
    /// Whether error messages compare without the places they name (``ErrorLocations``): for a cell that
    /// ended with an error, so that moving or renaming the lesson does not change what it is compared with.
    public var ignoresErrorLocations: Bool

    /// A matcher with an extra relative tolerance (0: the written precision only), comparing error messages
    /// without their places when `ignoresErrorLocations` is set.
    ///
    /// ```swift
    /// OutputMatcher(ignoresErrorLocations: true).matches(expected: "a.md:3:1: error: x", actual: "b.md:9:1: error: x")
    /// ```
    public init(tolerance: Double = 0, ignoresErrorLocations: Bool = false) {
        self.tolerance = tolerance
        self.ignoresErrorLocations = ignoresErrorLocations
    }

    /// Whether the actual output matches the expected one. `nil` stands for no output (and no block).
    public func matches(expected: String?, actual: String?) -> Bool {
        let (expectedLines, actualLines) = comparableLines(expected: expected ?? "", actual: actual ?? "")
        return expectedLines == actualLines
    }

    /// Both texts as lines ready for comparison: line ends trimmed, trailing blank lines dropped, and each actual
    /// decimal number that agrees with its expected partner written as the expected one is.
    func comparableLines(expected: String, actual: String) -> (expected: [String], actual: [String]) {
        let expectedBytes = Array(expected.utf8)
        var actualBytes = Array(actual.utf8)
        let wanted = DecimalNumber.all(in: expectedBytes)
        let found = DecimalNumber.all(in: actualBytes)
        if wanted.count == found.count {
            for (want, got) in zip(wanted, found).reversed() where want.accepts(got.value, tolerance: tolerance) {
                actualBytes.replaceSubrange(got.range, with: expectedBytes[want.range])
            }
        }
        let (expectedLines, actualLines) = (Self.lines(expectedBytes), Self.lines(actualBytes))
        guard ignoresErrorLocations else { return (expectedLines, actualLines) }
        return (ErrorLocations.removed(from: expectedLines), ErrorLocations.removed(from: actualLines))
    }

    /// The text's lines (split at `\n`, `\r\n`, `\r`) without trailing spaces and tabs, trailing blank lines
    /// removed.
    static func lines(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
