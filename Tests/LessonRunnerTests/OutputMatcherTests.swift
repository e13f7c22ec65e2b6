import Testing

@testable import LessonRunner

@Suite struct OutputMatcherTests {
    private let matcher = OutputMatcher()

    @Test func decimalsMatchToTheWrittenPrecision() {
        #expect(matcher.matches(expected: "0.1114", actual: "0.11138"))
        #expect(matcher.matches(expected: "tensor(0.1114)", actual: "tensor(0.11138)"))
        #expect(matcher.matches(expected: "0.1114", actual: "0.1115"))  // one unit, as pytest's NUMBER
        #expect(!matcher.matches(expected: "0.1114", actual: "0.1117"))
        #expect(!matcher.matches(expected: "0.1114", actual: "0.2114"))
        #expect(matcher.matches(expected: "1.0000e-05", actual: "1.00004e-05"))
        #expect(!matcher.matches(expected: "1.0000e-05", actual: "1.1e-05"))
        #expect(matcher.matches(expected: "-0.5000", actual: "-0.50004"))
        #expect(matcher.matches(expected: "0.4912068545818329", actual: "0.4912068545818328"))
    }

    @Test func aNumberWithoutDecimalsMustBeEqual() {
        #expect(matcher.matches(expected: "tensor([3., 4.])", actual: "tensor([3.0, 4.0])"))
        #expect(!matcher.matches(expected: "tensor([3., 4.])", actual: "tensor([2., 4.])"))
        #expect(matcher.matches(expected: "1e-05", actual: "1.0e-05"))
        #expect(!matcher.matches(expected: "1e-05", actual: "2e-05"))
    }

    @Test func integersAreText() {
        #expect(!matcher.matches(expected: "3", actual: "3.0"))
        #expect(!matcher.matches(expected: "3.0", actual: "3"))
        #expect(matcher.matches(expected: "[6131, 28, 28]", actual: "[6131, 28, 28]"))
        #expect(!matcher.matches(expected: "[6131, 28, 28]", actual: "[6131, 28, 27]"))
        #expect(!matcher.matches(expected: "torch.float32", actual: "torch.float64"))
    }

    @Test func toleranceIsRelativeAndWidensTheWrittenPrecision() {
        #expect(!matcher.matches(expected: "2.50", actual: "2.52"))
        #expect(OutputMatcher(tolerance: 1e-2).matches(expected: "2.50", actual: "2.52"))
        #expect(!OutputMatcher(tolerance: 1e-2).matches(expected: "2.50", actual: "2.60"))
        #expect(OutputMatcher(tolerance: 1e-2).matches(expected: "300.", actual: "302."))
        #expect(!OutputMatcher(tolerance: 1e-2).matches(expected: "300", actual: "302"))
    }

    @Test func numbersInsideWordsAreText() {
        #expect(!matcher.matches(expected: "v1.2.3", actual: "v1.2.4"))
        #expect(!matcher.matches(expected: "x1.5", actual: "x1.6"))
        #expect(!matcher.matches(expected: "1.2.3", actual: "1.2.4"))
        #expect(matcher.matches(expected: "the mean is 0.1114.", actual: "the mean is 0.11141."))
        #expect(!matcher.matches(expected: "1...5", actual: "2...5"))
        #expect(matcher.matches(expected: "0..<3", actual: "0..<3"))
    }

    @Test func differentCountsOfNumbersCompareExactly() {
        #expect(!matcher.matches(expected: "0.1114", actual: "0.11138 0.5"))
        #expect(matcher.matches(expected: "0.1114 and 0.5", actual: "0.1114 and 0.5"))
    }

    @Test func lineEndWhitespaceAndTrailingBlankLinesAreIgnored() {
        #expect(matcher.matches(expected: "a\nb\n", actual: "a  \nb\t\n\n\n"))
        #expect(matcher.matches(expected: "a\r\nb\r\n", actual: "a\nb"))
        #expect(!matcher.matches(expected: "a\nb", actual: " a\nb"))
        #expect(!matcher.matches(expected: "a\n\nb", actual: "a\nb"))
        #expect(!matcher.matches(expected: "a b", actual: "a  b"))
    }

    @Test func noOutputMatchesOnlyNothing() {
        #expect(matcher.matches(expected: nil, actual: nil))
        #expect(matcher.matches(expected: "\n", actual: nil))
        #expect(!matcher.matches(expected: nil, actual: "1"))
        #expect(!matcher.matches(expected: "1", actual: nil))
    }

    @Test func findsDecimalNumbersWithTheirUnits() {
        let numbers = DecimalNumber.all(in: Array("tensor([0.1114, 3., -2.5e+03]) 7 .5".utf8))
        #expect(numbers.map(\.value) == [0.1114, 3, -2500, 0.5])
        for (unit, expected) in zip(numbers.map(\.unit), [1e-4, 0, 100, 0.1]) {
            #expect(abs(unit - expected) <= 1e-12 * expected)
        }
    }
}
