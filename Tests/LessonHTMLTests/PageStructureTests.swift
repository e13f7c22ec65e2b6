import Foundation
import LessonDisplay
import LessonDocument
import Testing

@testable import LessonHTML

struct PageStructureTests {
    private func page(_ text: String, cells: [RenderedCell] = [], path: String = "lessons/x.md") -> LessonPage {
        LessonPage(lesson: Lesson(text: text), path: path, cells: cells)
    }

    @Test func titleComesFromFrontMatterThenFirstHeadingThenFileName() {
        #expect(page("---\ntitle: Pixels\n---\n# Other\n").title == "Pixels")
        #expect(page("Intro\n\n## First *one*\n\n# Second\n").title == "First one")
        #expect(page("no headings\n", path: "lessons/01-tensors.md").title == "01-tensors")
    }

    @Test func theTitleIsShownOnce() {
        let sameAsHeading = page("---\ntitle: Pixels\n---\n# Pixels\n\n## A\n").html
        #expect(sameAsHeading.components(separatedBy: ">Pixels</h1>").count == 2)
        let fromFrontMatter = page("---\ntitle: Pixels\n---\nText.\n").html
        #expect(fromFrontMatter.contains("<h1>Pixels</h1>"))
        let fromHeading = page("# Notes\n").html
        #expect(fromHeading.contains("<h1 id=\"notes\">Notes</h1>") && !fromHeading.contains("<h1>Notes</h1>"))
    }

    @Test func tableOfContentsListsTheHeadingsWithUniqueIDs() {
        let html = page("# Notes\n\n## Arrays\n\n### Broadcasting\n\n## Arrays\n\n#### Deep\n").html
        #expect(html.contains("<nav class=\"toc\""))
        #expect(html.contains("<li class=\"toc-2\"><a href=\"#arrays\">Arrays</a></li>"))
        #expect(html.contains("<li class=\"toc-3\"><a href=\"#broadcasting\">Broadcasting</a></li>"))
        #expect(html.contains("<li class=\"toc-2\"><a href=\"#arrays-1\">Arrays</a></li>"))
        #expect(!html.contains("href=\"#notes\"") && !html.contains("href=\"#deep\""))
        #expect(!page("# Only\n\n## One\n").html.contains("<nav class=\"toc\""))
    }

    @Test func cellsShowLocationCodeAndOutputInPlace() {
        let text = "# T\n\n- item\n\n  ```swift\n  let x = 1\n  x\n  ```\n\n  ```output\n  1\n  ```\n\nafter\n"
        let html = page(text, cells: [RenderedCell(index: 0, text: "1")]).html
        #expect(html.contains("<a class=\"cell-where\" href=\"#cell-1\">lessons/x.md:5</a>"))
        #expect(html.contains("<span class=\"kw\">let</span> x = <span class=\"nu\">1</span>"))
        #expect(html.contains("<pre class=\"output\">1</pre>"))
        #expect(!html.contains("language-output"))
        #expect(html.contains("<li>"))  // the cell stays inside its list item
    }

    @Test func hideOptionsLeaveThePartsOut() {
        let text = "```swift hide-code\na\n```\n\n```swift hide-output\nb\n```\n\n```swift hide\nc\n```\n"
        let cells = (0..<3).map { RenderedCell(index: $0, text: "out\($0)") }
        let html = page(text, cells: cells).html
        #expect(!html.contains(">a</code>") && html.contains("out0"))
        #expect(html.contains(">b</code>") && !html.contains("out1"))
        #expect(!html.contains(">c</code>") && !html.contains("out2") && !html.contains("id=\"cell-3\""))
    }

    @Test func cellsThatDidNotRunShowTheirExpectedOutput() {
        let html = page("```swift no-run\nfetch()\n```\n\n```output\nfetched\n```\n").html
        #expect(html.contains("<span class=\"cell-badge\">not run</span>"))
        #expect(html.contains("<pre class=\"output\">fetched</pre>"))
    }

    @Test func expectedErrorsAreCalm() {
        let html = page("```swift expect-error\nx\n```\n", cells: [RenderedCell(index: 0, text: "", error: "e")]).html
        #expect(
            html.contains("<div class=\"error expected\" role=\"note\"><p class=\"error-label\">Expected error</p>"))
    }

    @Test func tagsAreStyledOutsideCodeAndLinks() {
        let html = page("Yann #person and `#code` and [#link](https://x.org) and #1 and #a/b-c_d.\n").html
        #expect(html.contains("<span class=\"tag\">#person</span>"))
        #expect(html.contains("<code>#code</code>"))
        #expect(html.contains(">#link</a>"))
        #expect(html.contains("and #1 and"))
        #expect(html.contains("<span class=\"tag\">#a/b-c_d</span>."))
    }

    @Test func embedsShowFilesInsideTheLessonsTreeOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("embed-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(
            at: lessons.appendingPathComponent("attachments"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47]
        try Data(png).write(to: lessons.appendingPathComponent("attachments/three.png"))
        try Data(png).write(to: root.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(
            at: lessons.appendingPathComponent("link.png"),
            withDestinationURL: root.appendingPathComponent("secret.png"))
        let text =
            "![[three.png|120]]\n\n![[attachments/three.png]]\n\n![[../secret.png]]\n\n![[link.png]]\n\n![[Other note]]\n"
        let html = page(text, path: lessons.appendingPathComponent("x.md").path).html
        #expect(
            html.contains(
                "<img class=\"embed\" src=\"data:image/png;base64,iVBORw==\" width=\"120\" alt=\"three.png\">"))
        #expect(
            html.contains("<img class=\"embed\" src=\"data:image/png;base64,iVBORw==\" alt=\"attachments/three.png\">"))
        #expect(html.contains("<span class=\"embed-name\">../secret.png</span> <span class=\"embed-reason\">not found"))
        #expect(html.contains("<span class=\"embed-name\">link.png</span> <span class=\"embed-reason\">not found"))
        #expect(
            html.contains("<span class=\"embed-name\">Other note</span> <span class=\"embed-reason\">embedded notes"))
    }

    @Test func proseAcrossCellsKeepsLinkReferences() {
        let html = page("See [the book][b].\n\n```swift\n1\n```\n\n[b]: https://course.fast.ai\n").html
        #expect(html.contains("<a href=\"https://course.fast.ai\">the book</a>"))
    }

    @Test func deeplyNestedProseRendersWithoutRecursion() {
        let html = page(String(repeating: "> ", count: 10_000) + "#deep\n\n```swift\n1\n```\n").html
        #expect(html.components(separatedBy: "<blockquote>").count == 10_001)
        #expect(html.contains("<span class=\"tag\">#deep</span>") && html.contains("id=\"cell-1\""))
    }

    @Test func indexListsLessonsWithStatus() {
        let index = IndexPage(entries: [
            IndexEntry(
                title: "Tensors", link: "lessons/tensors.html", lessonPath: "lessons/tensors.md", failedCells: 0),
            IndexEntry(title: "Pixels", link: "lessons/pixels.html", lessonPath: "lessons/pixels.md", failedCells: 2),
        ]).html
        #expect(index.contains("<a href=\"lessons/tensors.html\">Tensors</a>"))
        #expect(index.contains("<span class=\"status clean\">clean</span>"))
        #expect(index.contains("<span class=\"status failed\">2 failed</span>"))
        #expect(index.contains("2 lessons, 1 with failed cells."))
    }

    @Test func anIndexSaysWhichLessonsHaveNotRun() {
        var waiting = IndexEntry(title: "Later", link: "later.html", lessonPath: "later.md", failedCells: 0)
        waiting.ran = false
        let ran = IndexEntry(title: "Run", link: "run.html", lessonPath: "run.md", failedCells: 0)
        let index = IndexPage(entries: [ran, waiting]).html
        #expect(index.contains("<span class=\"status\">not run</span>"))
        #expect(index.contains("2 lessons, 1 not run yet."))
        #expect(IndexPage(entries: [ran]).html.contains("1 lesson, all clean."))
    }

    @Test func renderingIsDeterministic() throws {
        let text = "---\ntitle: D\n---\n# D\n\n```swift\nshowImage(x)\n```\n"
        let form = RichOutput.image(Samples.ramp).textForm
        let cells = [
            RenderedCell(
                index: 0, text: form, outputs: [PlacedOutput(.image(Samples.ramp), range: 0..<form.utf8.count)])
        ]
        let first = page(text, cells: cells).html
        let second = page(text, cells: cells).html
        #expect(first == second)
        #expect(Array(first.utf8) == Array(second.utf8))
    }
}
