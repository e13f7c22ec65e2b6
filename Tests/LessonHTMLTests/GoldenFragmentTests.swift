import LessonDisplay
import LessonDocument
import Testing

@testable import LessonHTML

/// One golden fragment per kind of output, and for a cell and a page's prose.
struct GoldenFragmentTests {
    @Test func image() {
        Golden.check(CellHTML.richHTML(.image(Samples.ramp)), "image")
    }

    @Test func imageGrid() {
        Golden.check(CellHTML.richHTML(.imageGrid([Samples.ramp, Samples.viridis], rows: 1, columns: 2)), "image-grid")
    }

    @Test func pixelTable() {
        Golden.check(CellHTML.richHTML(.table(Samples.pixels)), "pixel-table")
    }

    @Test func figure() {
        Golden.check(CellHTML.richHTML(.figure(Samples.parabola)), "figure")
    }

    @Test func emptyFigure() {
        Golden.check(CellHTML.richHTML(.figure(Figure(Axes(title: "nothing yet")))), "figure-empty")
    }

    @Test func gridOfAxes() {
        Golden.check(CellHTML.richHTML(.figure(Samples.grid)), "figure-grid")
    }

    @Test func trainingTable() {
        Golden.check(CellHTML.richHTML(.trainingTable(Samples.training)), "training-table")
    }

    @Test func cellWithTextRichOutputAndError() {
        let lesson = Lesson(text: "```swift\nlet t = zeros([2]) // two\nprint(\"a\")\nshowImage(t)\n```\n")
        let form = RichOutput.image(Samples.ramp).textForm
        let text = "a\n\(form)\nafter\n"
        let rendered = RenderedCell(
            index: 0, text: text, outputs: [PlacedOutput(.image(Samples.ramp), range: 2..<2 + form.utf8.count)],
            error: "lessons/x.md:4:1: error: something <bad>")
        Golden.check(CellHTML.html(lesson.cells[0], rendered: rendered, path: "lessons/x.md"), "cell")
    }

    @Test func prose() {
        let lesson = Lesson(
            text: """
                # Notes #ml

                Yann Lecun #person, see [the *book*](https://course.fast.ai) and `#not-a-tag`.
                ![[missing picture.png]] and #123 and a#b.

                ## Pixel similarity

                - a list item

                ```python
                df = pd.DataFrame(im3_t[4:15,4:22]) # grabbing top of image
                ```

                """)
        let page = LessonPage(lesson: lesson, path: "notes.md", cells: [], options: PageOptions(indexLink: nil))
        Golden.check(Self.article(of: page.html), "prose")
    }

    /// The `<article>` of a page (the style sheet left out, so prose goldens do not change with the CSS).
    static func article(of html: String) -> String {
        guard let start = html.range(of: "<article>"), let end = html.range(of: "</article>") else { return html }
        return String(html[start.lowerBound..<end.upperBound]) + "\n"
    }
}
