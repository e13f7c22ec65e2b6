import LessonDocument
import Testing

@testable import LessonHTML

/// Chapter 13's data outputs in the page: an image as a cell's last value, and a data block's batch.
struct DataOutputTests {
    static let text = """
        # Data

        ```swift
        let path = untarData(URLs.mnist)
        Image.open((path / "training" / "3").ls()[0])
        ```

        ```swift
        let mnist = DataBlock(
            blocks: (ImageBlock(cls: PILImageBW.self), CategoryBlock()),
            splitter: GrandparentSplitter(trainName: "training", validName: "testing"), getY: parentLabel)
        mnist.dataloaders(path).showBatch(maxN: 9, figsize: (4, 4))
        ```
        """

    @Test func anImageValueAndABatchAreDrawn() throws {
        let lesson = Lesson(text: Self.text)
        let cells = SampleLesson.run(lesson)
        #expect(cells[0].text == "<Image mode=L size=28x28>")
        #expect(cells[1].text.hasPrefix("[images 3x3 28x28 #"))
        let html = LessonPage(lesson: lesson, path: "lessons/data.md", cells: cells).html
        #expect(html.components(separatedBy: "<img class=\"pixelated\"").count - 1 == 1 + 9)
        #expect(!html.contains("&lt;Image mode=L"), "the picture replaces its text form")
        let captions = html.components(separatedBy: "<figcaption>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(captions.count == 9 && captions.allSatisfy { Int($0).map { (0...9).contains($0) } == true })
    }
}
