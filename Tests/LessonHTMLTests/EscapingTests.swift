import LessonDisplay
import LessonDocument
import Testing

@testable import LessonHTML

/// Nothing a lesson, an output or an error holds can add markup or script to a page.
struct EscapingTests {
    private let attack = "<script>alert(1)</script>"

    private func page(_ text: String, cells: [RenderedCell] = [], options: PageOptions = PageOptions()) -> String {
        LessonPage(lesson: Lesson(text: text), path: "x.md", cells: cells, options: options).html
    }

    private func assertNoScript(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!html.lowercased().contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains("onerror="), sourceLocation: sourceLocation)
    }

    @Test func scriptInProseIsOmitted() {
        let html = page(
            "Hello \(attack) <img src=x onerror=alert(1)>\n\n<div>\(attack)</div>\n\n[x](javascript:alert(1))\n")
        assertNoScript(html)
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(!html.contains("javascript:"))
    }

    @Test func unsafeHTMLKeepsRawHTML() {
        let html = page("Hello <b>bold</b>\n", options: PageOptions(allowsUnsafeHTML: true))
        #expect(html.contains("<b>bold</b>"))
        #expect(!html.contains("Content-Security-Policy"))
    }

    @Test func safePagesForbidScriptsAndNetwork() {
        #expect(page("# A\n").contains("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\""))
    }

    @Test func aPreviewScriptIsLoadedFromThePagesServerOnly() {
        let html = page("# A\n", options: PageOptions(script: "/_preview/live.js"))
        #expect(html.contains("<script src=\"/_preview/live.js\" defer></script>"))
        #expect(
            html.contains(
                "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; "
                    + "connect-src 'self'\""))
        #expect(html.components(separatedBy: "<script").count == 2, "one script")
    }

    @Test func scriptInOutputsIsEscaped() throws {
        let lesson = "```swift\nprint(x)\n```\n"
        let image = try ImageDisplay(width: 1, height: 1, channels: 1, samples: .bytes([0]), title: attack)
        var figure = Samples.parabola
        figure.axes[0].title = attack
        figure.axes[0].xLabel = attack
        figure.axes[0].series[0].label = attack
        let training = TrainingTable(columns: [attack], rows: [[attack]])
        var text = attack + "\n"
        var outputs: [PlacedOutput] = []
        for output in [RichOutput.image(image), .figure(figure), .trainingTable(training)] {
            let start = text.utf8.count
            text += output.textForm + "\n"
            outputs.append(PlacedOutput(output, range: start..<start + output.textForm.utf8.count))
        }
        let html = page(lesson, cells: [RenderedCell(index: 0, text: text, outputs: outputs)])
        assertNoScript(html)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func scriptInErrorsIsEscaped() {
        let html = page(
            "```swift\nfail()\n```\n", cells: [RenderedCell(index: 0, text: "", error: "x.md:2:1: error: \(attack)")])
        assertNoScript(html)
        #expect(html.contains("error: &lt;script&gt;"))
    }

    @Test func scriptInTitlesIsEscaped() {
        let fromFrontMatter = page("---\ntitle: \"\(attack)\"\n---\ntext\n")
        assertNoScript(fromFrontMatter)
        #expect(fromFrontMatter.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        let fromHeading = page("# Title \(attack)\n\n## Two\n\n## Three \(attack)\n")
        assertNoScript(fromHeading)
        let index = IndexPage(entries: [
            IndexEntry(title: attack, link: "\"><script>", lessonPath: attack, failedCells: 1)
        ])
        assertNoScript(index.html)
    }

    @Test func scriptInTagsEmbedsAndPathsIsEscaped() {
        let html = LessonPage(
            lesson: Lesson(text: "#tag<script> ![[\(attack).png]]\n\n```swift\n1\n```\n"), path: "<script>.md",
            cells: []
        ).html
        assertNoScript(html)
    }

    @Test func codeIsEscaped() {
        let html = page("```swift\nlet s = \"</code></pre>\(attack)\"\n```\n")
        assertNoScript(html)
        #expect(html.contains("&lt;/code&gt;&lt;/pre&gt;"))
    }
}
