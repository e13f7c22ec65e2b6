import Foundation

/// A floating-point number written in an output (`0.1114`, `-3.`, `1.0000e-05`), with the precision it is
/// written to. Integers (`3`, `784`) are not decimal numbers: they are compared as text, exactly.
///
/// ```swift
/// let numbers = DecimalNumber.all(in: Array("tensor([0.1114, 3.])".utf8))
/// numbers.map(\.value)  // [0.1114, 3.0]
/// numbers.map(\.unit)   // [0.0001, 0.0]
/// ```
struct DecimalNumber: Equatable {
    /// Where the number is, in the text's UTF-8 bytes (sign included).
    let range: Range<Int>
    /// Its value.
    let value: Double
    /// One unit in the last written digit (`0.0001` for `0.1114`, `1e-9` for `1.0000e-05`); `0` when no digit is
    /// written after the point (`3.`, `1e-05`), where the number is exact.
    let unit: Double

    /// Every decimal number in `text`. A number is not part of a word (`x1.5`, `v1.2.3`) and a point followed by
    /// another point is a range (`1...5`), not a number.
    static func all(in text: [UInt8]) -> [DecimalNumber] {
        var numbers: [DecimalNumber] = []
        var index = 0
        while index < text.count {
            if index == 0 || !text[index - 1].continuesWord, let number = scan(text, at: index) {
                numbers.append(number)
                index = number.range.upperBound
            } else {
                index += 1
            }
        }
        return numbers
    }

    /// Reads `[-]digits.digits[e[+-]digits]`, `[-].digits[...]`, `[-]digits.[...]` or `[-]digits e[+-]digits`.
    private static func scan(_ text: [UInt8], at start: Int) -> DecimalNumber? {
        var index = start
        func digits() -> Int {
            let first = index
            while index < text.count, text[index].isDigit { index += 1 }
            return index - first
        }
        if text[index] == UInt8(ascii: "-") { index += 1 }
        let integerDigits = digits()
        var fractionDigits = 0
        var hasPoint = false
        if index < text.count, text[index] == UInt8(ascii: "."),
            !(index + 1 < text.count && text[index + 1] == UInt8(ascii: "."))
        {
            hasPoint = true
            index += 1
            fractionDigits = digits()
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        var exponent = 0
        var hasExponent = false
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            let mark = index
            index += 1
            let negative = index < text.count && text[index] == UInt8(ascii: "-")
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            if digits() > 0, let magnitude = Int(String(decoding: text[exponentStart..<index], as: UTF8.self)) {
                exponent = negative ? -magnitude : magnitude
                hasExponent = true
            } else {
                index = mark
            }
        }
        guard hasPoint || hasExponent, index >= text.count || !text[index].continuesNumber(after: text, at: index)
        else { return nil }
        guard let value = Double(String(decoding: text[start..<index], as: UTF8.self)) else { return nil }
        let unit = fractionDigits > 0 ? pow(10, Double(exponent - fractionDigits)) : 0
        return DecimalNumber(range: start..<index, value: value, unit: unit)
    }

    /// Whether `actual` agrees with this (expected) number: within one unit of its last written digit (pytest's
    /// NUMBER rule), or within `tolerance` relative to it; equal when it has no written decimals. A few units of
    /// binary rounding are allowed on top, so that `0.1115` is within one unit of `0.1114`.
    func accepts(_ actual: Double, tolerance: Double) -> Bool {
        let rounding = 4 * Double.ulpOfOne * max(abs(value), abs(actual))
        return abs(actual - value) <= max(unit, tolerance * abs(value)) + rounding
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    /// Letters, digits, `_`, `.` and non-ASCII bytes: a number does not start right after one of these.
    fileprivate var continuesWord: Bool {
        isDigit || self == UInt8(ascii: "_") || self == UInt8(ascii: ".") || self >= 0x80
            || (self | 0x20 >= UInt8(ascii: "a") && self | 0x20 <= UInt8(ascii: "z"))
    }

    /// Whether this byte, right after a number, makes it part of something longer (`1.5x`, `1.2.3`); a point
    /// that ends a sentence (`is 0.5.`) does not.
    fileprivate func continuesNumber(after text: [UInt8], at index: Int) -> Bool {
        guard self == UInt8(ascii: ".") else { return continuesWord }
        return index + 1 < text.count && text[index + 1].isDigit
    }
}
