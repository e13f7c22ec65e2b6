import LessonDocument
import LessonRunner
import Testing

@testable import LessonHTML

/// The site made of lesson runs: a page per lesson at its own path, and the index.
struct LessonSiteTests {
    /// The text of the site's `index`-th file.
    private func page(_ site: LessonSite, _ index: Int) -> String {
        String(decoding: site.files[index].bytes, as: UTF8.self)
    }

    private func run(_ text: String, path: String) throws -> LessonRun {
        LessonRunner().run(try LessonInput(path: path, lesson: Lesson(text: text)))
    }

    @Test func aPagePerRunAtTheLessonsPathThenTheIndexWithFailedCells() throws {
        let clean = try run("# Clean\n\n```swift\n6 * 7\n```\n", path: "lessons/clean.md")
        let failing = try run("# Failing\n\n```swift\n[1][2]\n```\n", path: "more/failing.md")
        let site = LessonSite(runs: [clean, failing])
        #expect(site.files.map(\.path) == ["lessons/clean.html", "more/failing.html", "index.html"])
        #expect(page(site, 0).contains("42"))
        #expect(page(site, 1).contains("Index out of range"))
        let index = page(site, 2)
        #expect(index.contains("<span class=\"status clean\">clean</span>"))
        #expect(index.contains("<span class=\"status failed\">1 failed</span>"))
        #expect(index.contains("href=\"more/failing.html\""))
    }

    @Test func aNulInOutputDoesNotCutThePageShort() throws {
        let site = LessonSite(runs: [try run("```swift\nprint(\"a\\u{0}b\")\nprint(\"after\")\n```\n", path: "x.md")])
        let html = page(site, 0)
        #expect(html.contains("a\u{FFFD}b\nafter"))
        #expect(!html.utf8.contains(0))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func aCellThatDidNotRunShowsItsCodeAndRecordedOutput() throws {
        let lesson = "```swift no-run\nfetchEverything()\n```\n\n```output\nrecorded long ago\n```\n"
        let site = LessonSite(runs: [try run(lesson, path: "x.md")])
        #expect(page(site, 0).contains("fetchEverything"))
        #expect(page(site, 0).contains("recorded long ago"))
    }

    @Test func aCellSkippedForItsFlagShowsItsCodeAndRecordedOutputToo() throws {
        let lesson = "---\nflags: [slow]\n---\n```swift slow\ntrainForHours()\n```\n\n```output\nloss 0.01\n```\n"
        let site = LessonSite(runs: [try run(lesson, path: "x.md")])
        #expect(page(site, 0).contains("trainForHours"))
        #expect(page(site, 0).contains("loss 0.01"))
        #expect(page(site, 1).contains("<span class=\"status clean\">clean</span>"))
    }
}
