import Foundation

/// Python's `'{:.{p}f}'` and `'{:.{p}e}'` formatting of a double, which `torch._tensor_str` applies to every shown
/// element.
///
/// Both Python and glibc's `printf` round the exact binary value correctly (ties to even), and both write at
/// least two exponent digits (`1.0000e-05`); only non-finite values differ (`printf` writes `-nan`), so those are
/// spelled here as Python spells them: `nan`, `inf`, `-inf`.
enum PythonNumberFormat {
    /// `'{:.{precision}f}'.format(value)`: `3.1416`, or `3` for precision 0.
    static func fixed(_ value: Double, precision: Int) -> String {
        formatted(value, precision: precision, conversion: "f")
    }

    /// `'{:.{precision}e}'.format(value)`: `1.0000e-05`.
    static func scientific(_ value: Double, precision: Int) -> String {
        formatted(value, precision: precision, conversion: "e")
    }

    private static func formatted(_ value: Double, precision: Int, conversion: String) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let format = "%.*" + conversion
        let arguments: [any CVarArg] = [Int32(clamping: precision), value]
        var buffer = [CChar](repeating: 0, count: 64)
        let length = Int(withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) })
        if length >= buffer.count {
            buffer = [CChar](repeating: 0, count: length + 1)
            _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
