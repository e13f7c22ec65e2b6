/// `index.html`: the lessons with their titles, links to their pages, and whether each ran clean.
///
/// ```swift
/// let index = IndexPage(entries: [
///     IndexEntry(title: "Pixel similarity", link: "lessons/pixels.html", lessonPath: "lessons/pixels.md",
///                failedCells: 0),
/// ])
/// try SiteLayout.write([OutputFile(path: "index.html", text: index.html)], into: "output")
/// ```
public struct IndexPage: Sendable {
    /// The whole page.
    public let html: String

    /// An index of `entries`, in the order given, under `title`.
    public init(title: String = "Lessons", entries: [IndexEntry]) {
        var body = "<header class=\"page-head\">\n<h1>\(title.htmlEscaped)</h1>\n</header>\n"
        let failed = entries.filter { $0.ran && $0.failedCells > 0 }.count
        body += "<p>\(entries.count) lesson\(entries.count == 1 ? "" : "s"), "
        let notRun = entries.filter { !$0.ran }.count
        var summary = [failed > 0 ? "\(failed) with failed cells" : nil, notRun > 0 ? "\(notRun) not run yet" : nil]
            .compactMap { $0 }.joined(separator: ", ")
        if summary.isEmpty { summary = "all clean" }
        body += "\(summary).</p>\n"
        body += "<ol class=\"index-list\">\n"
        for entry in entries {
            let status =
                !entry.ran
                ? "<span class=\"status\">not run</span>"
                : entry.failedCells == 0
                    ? "<span class=\"status clean\">clean</span>"
                    : "<span class=\"status failed\">\(entry.failedCells) failed</span>"
            body +=
                "<li><span><a href=\"\(SiteLayout.link(toPage: entry.link).htmlEscaped)\">\(entry.title.htmlEscaped)</a><br>"
            body += "<span class=\"lesson-path\">\(entry.lessonPath.htmlEscaped)</span></span>\(status)</li>\n"
        }
        body += "</ol>\n"
        html = LessonPage.document(title: title, body: body, contents: [], safe: true)
    }
}

/// One lesson in the index.
public struct IndexEntry: Sendable, Equatable {
    /// The lesson's title (``LessonPage/title``).
    public var title: String
    /// The page, relative to the index (``SiteLayout/pagePath(forLesson:)``).
    public var link: String
    /// The lesson file, as the command line named it.
    public var lessonPath: String
    /// How many cells failed (0: the lesson ran clean).
    public var failedCells: Int
    /// Whether the lesson has run (`false`: its status reads `not run`, as in `lesson preview`'s index before
    /// a lesson's page is opened).
    public var ran = true

    /// An entry.
    ///
    /// ```swift
    /// IndexEntry(title: "Tensors", link: "lessons/tensors.html", lessonPath: "lessons/tensors.md", failedCells: 1)
    /// ```
    public init(title: String, link: String, lessonPath: String, failedCells: Int) {
        self.title = title
        self.link = link
        self.lessonPath = lessonPath
        self.failedCells = failedCells
    }
}
