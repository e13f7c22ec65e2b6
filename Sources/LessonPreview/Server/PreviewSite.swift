import Foundation
import LessonDocument
import LessonHTML
import LessonRunner
import Synchronization

/// What `lesson preview` serves for its PATH arguments, laid out as `lesson render` lays out its output folder:
/// each lesson's page at the lesson's path with `.html`, and `index.html` listing them. The lessons are looked up
/// at each request (a lesson added to a previewed folder shows in the index), and each is previewed from the
/// first time its page is asked for; past ``liveLimit`` lessons, the one viewed longest ago stops.
///
/// ```swift
/// let site = PreviewSite(paths: ["lessons"], worker: WorkerSettings(path: ""), executable: lessonPath) { print($0) }
/// site.preview(page: "lessons/01-tensors.html")?.subscribe()
/// ```
final class PreviewSite: Sendable {
    /// How many lessons are previewed at once, each with a worker and its checkpoints.
    static let liveLimit = 4

    private let paths: [String]
    private let worker: WorkerSettings
    private let executable: String
    private let report: @Sendable (String) -> Void
    /// The previewed lessons by page path, the most recently asked for last.
    private let previews = Mutex<[(page: String, lesson: PreviewedLesson)]>([])

    /// The site of the lessons at `paths`; `worker` gives every worker's settings but the path, `executable` is
    /// the `lesson` program, `report` writes a line on the terminal.
    init(paths: [String], worker: WorkerSettings, executable: String, report: @escaping @Sendable (String) -> Void) {
        self.paths = paths
        self.worker = worker
        self.executable = executable
        self.report = report
    }

    /// The lessons and their pages' paths: each file named, and each `*.md` below a folder that holds a cell.
    func lessons() -> [(path: String, page: String)] {
        let found = (try? LessonPaths.files(paths)) ?? []
        return found.filter { $0.isNamed || Self.hasCells($0.path) }.map {
            ($0.path, SiteLayout.pagePath(forLesson: $0.path))
        }
    }

    /// The first page, which `/` leads to when a single file is previewed.
    var singlePage: String? {
        let all = lessons()
        return all.count == 1 && paths.count == 1 && !Self.isFolder(paths[0]) ? all[0].page : nil
    }

    /// The preview of the lesson whose page is at `page` (started if need be); `nil` when no lesson has it.
    func preview(page: String) -> PreviewedLesson? {
        if let live = previews.withLock({ previews -> PreviewedLesson? in
            guard let index = previews.firstIndex(where: { $0.page == page }) else { return nil }
            previews.append(previews.remove(at: index))
            return previews.last?.lesson
        }) {
            return live
        }
        guard let path = lessons().first(where: { $0.page == page })?.path else { return nil }
        var settings = worker
        settings.path = path
        settings.indexLink = SiteLayout.indexLink(fromPage: page)
        settings.pageScript = LiveScript.path
        let lesson = PreviewedLesson(path: path, settings: settings, executable: executable, report: report)
        let (kept, stopped) = previews.withLock { previews -> (PreviewedLesson, [PreviewedLesson]) in
            // Another request may have started it meanwhile.
            if let existing = previews.first(where: { $0.page == page }) { return (existing.lesson, []) }
            previews.append((page, lesson))
            let surplus = max(previews.count - Self.liveLimit, 0)
            defer { previews.removeFirst(surplus) }
            return (lesson, previews.prefix(surplus).map(\.lesson))
        }
        for old in stopped { old.stop() }
        if kept === lesson { lesson.start() }
        return kept
    }

    /// The index page: every lesson with its title and, once its preview has run, how many cells failed.
    func indexHTML() -> String {
        let live = previews.withLock { Dictionary($0.map { ($0.page, $0.lesson) }, uniquingKeysWith: { $1 }) }
        let entries = lessons().map { lesson in
            let title =
                (try? Lesson(bytes: LessonFile.readBytes(lesson.path))).map {
                    LessonPage(lesson: $0, path: lesson.path, cells: []).title
                } ?? lesson.path
            var entry = IndexEntry(
                title: title, link: lesson.page, lessonPath: lesson.path,
                failedCells: live[lesson.page]?.failedCells ?? 0)
            entry.ran = live[lesson.page]?.failedCells != nil
            return entry
        }
        return IndexPage(title: "Lessons (preview)", entries: entries).html
    }

    /// Stops every preview.
    func stop() {
        let all = previews.withLock { previews in
            defer { previews = [] }
            return previews.map(\.lesson)
        }
        for lesson in all { lesson.stop() }
    }

    private static func hasCells(_ path: String) -> Bool {
        guard let bytes = try? LessonFile.readBytes(path), let lesson = try? Lesson(bytes: bytes) else { return false }
        return !lesson.cells.isEmpty
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
