import LessonDisplay
import Testing

@testable import LessonHTML

struct OutputSegmentTests {
    private let image = RichOutput.image(Samples.ramp)

    @Test func richOutputsReplaceTheirTextForms() {
        let form = image.textForm
        let text = "a\n\(form)\nb\n"
        let segments = OutputSegment.segments(of: text, outputs: [PlacedOutput(image, range: 2..<2 + form.utf8.count)])
        #expect(segments == [.text("a"), .rich(image), .text("b")])
    }

    @Test func blankTextIsDropped() {
        let form = image.textForm
        let segments = OutputSegment.segments(
            of: "\(form)\n\n", outputs: [PlacedOutput(image, range: 0..<form.utf8.count)])
        #expect(segments == [.rich(image)])
    }

    @Test func rangesThatDoNotFitKeepTheTextWhole() {
        let text = "é\nrest"
        let segments = OutputSegment.segments(
            of: text, outputs: [PlacedOutput(image, range: 1..<3), PlacedOutput(image, range: 0..<99)])
        #expect(segments == [.text("é\nrest"), .rich(image), .rich(image)])
    }
}
