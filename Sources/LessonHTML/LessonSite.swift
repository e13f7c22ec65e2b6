import LessonRunner

/// The HTML notes for a set of lesson runs: one self-contained page per lesson, at the lesson's own path with
/// `.html` (so the output folder mirrors the lessons' folders), and an `index.html` listing them with whether each
/// ran clean. What `lesson render` writes, or compares with `--check`.
///
/// ```swift
/// let site = LessonSite(runs: [runner.run(input)])
/// try SiteLayout.write(site.files, into: "output")
/// SiteLayout.staleFiles(site.files, in: "output")   // [] when the committed pages are current
/// ```
public struct LessonSite: Sendable {
    /// The pages, then the index, with their paths inside the output folder.
    public let files: [OutputFile]

    /// The site of `runs`, in their order; `allowsUnsafeHTML` keeps raw HTML from the lessons.
    public init(runs: [LessonRun], allowsUnsafeHTML: Bool = false) {
        var files: [OutputFile] = []
        var entries: [IndexEntry] = []
        for run in runs {
            let pagePath = SiteLayout.pagePath(forLesson: run.input.path)
            let options = PageOptions(
                allowsUnsafeHTML: allowsUnsafeHTML, indexLink: SiteLayout.indexLink(fromPage: pagePath))
            let page = LessonPage(
                lesson: run.input.lesson, path: run.input.path, cells: run.cells.compactMap(\.rendered),
                options: options)
            files.append(OutputFile(path: pagePath, text: page.html))
            entries.append(
                IndexEntry(
                    title: page.title, link: pagePath, lessonPath: run.input.path,
                    failedCells: run.cells.filter(\.isFailure).count))
        }
        files.append(OutputFile(path: SiteLayout.indexPath, text: IndexPage(entries: entries).html))
        self.files = files
    }
}

extension CellOutcome {
    /// The cell's result as the page draws it; `nil` for a cell that did not run (its page shows the code and
    /// the recorded output).
    ///
    /// ```swift
    /// LessonPage(lesson: input.lesson, path: input.path, cells: outcomes.compactMap(\.rendered))
    /// ```
    public var rendered: RenderedCell? {
        guard ran else { return nil }
        return RenderedCell(index: cell.index, text: printed, outputs: displays, error: error?.description)
    }
}
