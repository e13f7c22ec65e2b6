import Testing

@testable import LessonHTML

struct AxisScaleTests {
    @Test func ticksAreNiceAndLabelledToTheirStep() {
        let axis = AxisScale(data: -2...2, maximumTicks: 9)
        #expect(axis.limits.lowerBound == -2.2 && axis.limits.upperBound == 2.2)
        #expect(
            axis.ticks.map(\.label) == [
                "\u{2212}2.0", "\u{2212}1.5", "\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0", "1.5", "2.0",
            ])
        #expect(AxisScale(data: 0...4, maximumTicks: 8).ticks.map(\.label) == ["0", "1", "2", "3", "4"])
        #expect(AxisScale(data: 0...1, maximumTicks: 5).ticks.map(\.label) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(
            AxisScale(data: 0...1000, maximumTicks: 6).ticks.map(\.label) == ["0", "200", "400", "600", "800", "1000"])
    }

    @Test func singleValuesAndEmptyAxesWiden() {
        let single = AxisScale(data: 3...3, maximumTicks: 8)
        #expect(single.limits.contains(3) && single.limits.lowerBound < 3)
        #expect(!single.ticks.isEmpty)
        let empty = AxisScale(data: nil, maximumTicks: 6)
        #expect(empty.limits == 0...1)
    }

    @Test func positionsMapLimitsToTheEnds() {
        let axis = AxisScale(data: 0...10, maximumTicks: 6)
        #expect(axis.position(axis.limits.lowerBound, from: 100, to: 0) == 100)
        #expect(axis.position(axis.limits.upperBound, from: 100, to: 0) == 0)
    }
}
