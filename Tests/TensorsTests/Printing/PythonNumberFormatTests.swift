import Testing

@testable import Tensors

/// The element formatting matches Python's `format` (checked against Python 3 by hand for each value).
@Suite struct PythonNumberFormatTests {
    @Test func fixedPointRoundsTheExactBinaryValue() {
        #expect(PythonNumberFormat.fixed(3.14159, precision: 4) == "3.1416")
        #expect(PythonNumberFormat.fixed(0.125, precision: 2) == "0.12")
        #expect(PythonNumberFormat.fixed(2.5, precision: 0) == "2")
        #expect(PythonNumberFormat.fixed(0.05, precision: 1) == "0.1")
        #expect(PythonNumberFormat.fixed(-0.0, precision: 0) == "-0")
    }

    @Test func scientificHasAtLeastTwoExponentDigits() {
        #expect(PythonNumberFormat.scientific(1e-5, precision: 4) == "1.0000e-05")
        #expect(PythonNumberFormat.scientific(9.9995, precision: 3) == "9.999e+00")
        #expect(PythonNumberFormat.scientific(1e300, precision: 4) == "1.0000e+300")
        #expect(PythonNumberFormat.scientific(.leastNonzeroMagnitude, precision: 4) == "4.9407e-324")
    }

    @Test func nonFiniteValuesAreSpelledAsPythonSpellsThem() {
        #expect(PythonNumberFormat.fixed(-Double.nan, precision: 4) == "nan")
        #expect(PythonNumberFormat.scientific(Double.nan, precision: 4) == "nan")
        #expect(PythonNumberFormat.fixed(-Double.infinity, precision: 0) == "-inf")
        #expect(PythonNumberFormat.scientific(Double.infinity, precision: 4) == "inf")
    }

    @Test func longOutputIsNotTruncated() {
        let text = PythonNumberFormat.fixed(1e300, precision: 4)
        #expect(text.count == 306)
        #expect(text.hasPrefix("100000000000000005250476025520442024870446858110815915491585"))
        #expect(text.hasSuffix("40160.0000"))
    }
}
