import Foundation
import LessonDisplay
import LessonDocument
import Testing

@testable import LessonHTML

/// The sample lesson run and rendered: every kind of output lands in the page, and rendering is fast.
struct EndToEndTests {
    @Test func sampleLessonRendersEveryOutput() throws {
        let lesson = Lesson(text: SampleLesson.text)
        let cells = SampleLesson.run(lesson)
        let html = LessonPage(lesson: lesson, path: "lessons/sample.md", cells: cells).html
        #expect(html.components(separatedBy: "<img class=\"pixelated\"").count - 1 == 10)
        #expect(html.components(separatedBy: "<table class=\"pixels\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("<table class=\"pixels\" style=\"font-size:6pt\">"))
        #expect(html.contains("<figcaption>noise 3</figcaption>"))
        #expect(html.contains("<title>A parabola</title>"))
        #expect(html.contains("<span class=\"tag\">#person</span>"))
        #expect(html.contains("<div class=\"error\" role=\"note\"><p class=\"error-label\">Error</p>"))
        #expect(!html.contains("plot([0.9"))  // hide-code
        #expect(!html.contains("[image 28x28"))  // text forms replaced by the pictures
        #expect(cells[0].text.split(separator: "\n").allSatisfy { $0.hasPrefix("[image 28x28 \"noise ") })
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        let lesson = Lesson(text: SampleLesson.text)
        let first = LessonPage(lesson: lesson, path: "lessons/sample.md", cells: SampleLesson.run(lesson)).html
        let second = LessonPage(lesson: lesson, path: "lessons/sample.md", cells: SampleLesson.run(lesson)).html
        #expect(first == second)
    }

    /// Render time of the sample page (10 images, 2 pixel tables, 3 plots), printed for the record. The
    /// 20 ms target is for release builds; a debug build is checked against a loose bound only.
    @Test func renderTimeIsSmall() {
        let lesson = Lesson(text: SampleLesson.text)
        let cells = SampleLesson.run(lesson)
        _ = LessonPage(lesson: lesson, path: "lessons/sample.md", cells: cells)
        let clock = ContinuousClock()
        let runs = 5
        let elapsed = clock.measure {
            for _ in 0..<runs { _ = LessonPage(lesson: lesson, path: "lessons/sample.md", cells: cells) }
        }
        let milliseconds =
            Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
            + Double(elapsed.components.seconds) * 1000
        print("render: \(milliseconds / Double(runs)) ms per page (10 images, 2 pixel tables, 3 plots)")
        #expect(milliseconds / Double(runs) < 2000)
    }
}
