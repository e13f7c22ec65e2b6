import Foundation
import Testing

/// `lesson preview` end to end: the server on a free loopback port, headless Chromium showing the page, the test
/// saving the lesson file, and the page's DOM showing the new outputs without a reload. Skipped without
/// Chromium (`.ci/run` installs it).
@Suite(.serialized, .enabled(if: DevTools.chromium != nil, "chromium is not installed"), .timeLimit(.minutes(5)))
struct PreviewBrowserTests {
    /// The lesson: three cells, each using the one above, between paragraphs long enough to scroll.
    static func lesson(
        first: String = "let base = 10\nprint(base)", middle: String = "let doubled = base * 2\ndoubled",
        last: String = "doubled + 1", prose: String = "Some notes."
    ) -> String {
        let filler = String(repeating: "Words to scroll past. ", count: 120)
        return """
            ---
            title: Preview
            ---
            # Preview

            \(prose)

            ```swift
            \(first)
            ```

            \(filler)

            ```swift
            \(middle)
            ```

            \(filler)

            ```swift
            \(last)
            ```

            The end.

            """
    }

    /// A previewed scratch lesson open in the browser, its first run shown.
    final class Preview {
        let scratch: Scratch
        let server: PreviewServerProcess
        let browser: DevTools
        var path: String { scratch.path + "/x.md" }

        init(_ text: String = PreviewBrowserTests.lesson(), waitForRun: Bool = true) throws {
            scratch = try Scratch()
            try text.write(toFile: scratch.path + "/x.md", atomically: true, encoding: .utf8)
            server = try PreviewServerProcess(["x.md"], in: scratch.path)
            browser = try DevTools(profile: scratch.path + "/profile")
            try browser.open(server.url)
            if waitForRun { try browser.waitUntil("window.lessonPreview?.finished >= 1") }
        }

        /// Saves `text` in place, as most editors do, or by writing a new file renamed over the old one.
        func save(_ text: String, byRenaming: Bool = false) throws {
            try text.write(toFile: path, atomically: byRenaming, encoding: .utf8)
        }

        /// The text output of cell `number` (from 1), or `nil`.
        func output(_ number: Int) throws -> String? {
            try browser.evaluate("document.querySelector('#cell-\(number) pre.output')?.textContent") as? String
        }

        /// The state badge of cell `number`.
        func state(_ number: Int) throws -> String? {
            try browser.evaluate("document.getElementById('cell-\(number)')?.dataset.previewState") as? String
        }

        /// Waits for the run of the latest save to be shown.
        func waitForRun(_ count: Int) throws {
            try browser.waitUntil("window.lessonPreview.finished >= \(count)")
        }

        deinit { server.stop() }
    }

    @Test func theFirstRunShowsEveryOutputAndTheServerNamesTheUpdateCommand() throws {
        let preview = try Preview()
        #expect(try preview.output(1) == "10")
        #expect(try preview.output(2) == "20")
        #expect(try preview.output(3) == "21")
        #expect(try [1, 2, 3].map(preview.state) == ["done", "done", "done"])
        #expect(preview.server.runReports.first?.contains("x.md: ran cells 1-3 of 3, from the start") == true)
        #expect(preview.server.text.contains("`lesson update x.md` records the outputs."))
        #expect(try String(contentsOfFile: preview.path, encoding: .utf8) == Self.lesson(), "the file is never written")
    }

    @Test func editingTheFirstCellRunsEverythingAgain() throws {
        let preview = try Preview()
        try preview.save(Self.lesson(first: "let base = 20\nprint(base)"))
        try preview.waitForRun(2)
        #expect(try [preview.output(1), preview.output(2), preview.output(3)] == ["20", "40", "41"])
        #expect(preview.server.runReports.last?.contains("ran cells 1-3 of 3, from the start") == true)
    }

    @Test func editingTheMiddleCellResumesAfterTheFirst() throws {
        let preview = try Preview()
        try preview.save(Self.lesson(middle: "let doubled = base * 3\ndoubled"), byRenaming: true)
        try preview.waitForRun(2)
        #expect(try [preview.output(2), preview.output(3)] == ["30", "31"])
        #expect(preview.server.runReports.last?.contains("ran cells 2-3 of 3, resumed after cell 1") == true)
    }

    @Test func editingTheLastCellRunsItAloneAndKeepsTheScrollPosition() throws {
        let preview = try Preview()
        _ = try preview.browser.evaluate("window.scrollTo(0, 400)")
        let before = try preview.browser.evaluate("window.scrollY") as? Double
        try preview.save(Self.lesson(last: "doubled + 5"))
        try preview.waitForRun(2)
        #expect(try preview.output(3) == "25")
        #expect(try preview.browser.evaluate("window.scrollY") as? Double == before)
        #expect(preview.server.runReports.last?.contains("ran cell 3 of 3, resumed after cell 2") == true)
    }

    @Test func aProseEditRendersThePageWithoutRunning() throws {
        let preview = try Preview()
        try preview.save(Self.lesson(prose: "Other notes, edited."))
        try preview.browser.waitUntil("document.body.textContent.includes('Other notes, edited.')")
        usleep(300_000)
        #expect(try preview.browser.evaluate("window.lessonPreview.finished") as? Int == 1)
        #expect(try preview.browser.evaluate("window.lessonPreview.revision") as? Int == 2)
        #expect(try [1, 2, 3].map(preview.state) == ["done", "done", "done"])
        #expect(try preview.output(3) == "21")
        #expect(preview.server.runReports.count == 1)
    }

    @Test func aSyntaxErrorShowsAtItsCellWithItsLocation() throws {
        let preview = try Preview()
        try preview.save(Self.lesson(middle: "let doubled = base *"))
        try preview.waitForRun(2)
        let error = try preview.browser.evaluate("document.querySelector('#cell-2 .error pre')?.textContent") as? String
        #expect(error?.contains(try Regex(#"^x\.md:\d+:\d+: error: "#)) == true, "\(error ?? "no error")")
        #expect(try preview.state(2) == "failed")
        let next = try preview.browser.evaluate("document.querySelector('#cell-3 .error pre')?.textContent") as? String
        #expect(next?.contains("cannot find 'doubled' in scope") == true)
        #expect(preview.server.runReports.last?.contains("2 failed") == true)
    }

    @Test func aSaveDuringARunCancelsIt() throws {
        let slow = "var total = 0\nfor i in 0..<500_000_000 { total += i }\nlet doubled = base * 2\ndoubled"
        let preview = try Preview(Self.lesson(middle: slow), waitForRun: false)
        try preview.browser.waitUntil("document.getElementById('cell-2')?.dataset.previewState === 'running'")
        let clock = ContinuousClock()
        let start = clock.now
        try preview.save(Self.lesson(middle: "let doubled = base * 4\ndoubled"))
        try preview.waitForRun(1)
        #expect(clock.now - start < .seconds(30), "the slow loop ran on")
        #expect(try [preview.output(2), preview.output(3)] == ["40", "41"])
        #expect(try preview.browser.evaluate("window.lessonPreview.finished") as? Int == 2)
    }

    @Test func aDeletedFileShowsAProblemUntilItComesBack() throws {
        let preview = try Preview()
        try FileManager.default.removeItem(atPath: preview.path)
        try preview.browser.waitUntil(
            "document.getElementById('lesson-preview-bar')?.textContent.includes('cannot be read')")
        #expect(try preview.output(3) == "21", "the last version stays")
        try preview.save(Self.lesson(last: "doubled + 2"))
        try preview.browser.waitUntil("document.querySelector('#cell-3 pre.output')?.textContent === '22'")
        #expect(try preview.browser.evaluate("window.lessonPreview.finished") as? Int == 2, "one run: the whole file")
        #expect(
            try preview.browser.evaluate("document.getElementById('lesson-preview-bar').textContent") as? String == "")
    }

    @Test func aFileThatCannotRunShowsItsProblemUntilASaveFixesIt() throws {
        let broken = Self.lesson() + "```swift\nlet unclosed = 1\n"
        let preview = try Preview(broken, waitForRun: false)
        try preview.browser.waitUntil(
            "document.getElementById('lesson-preview-bar')?.textContent.includes('never closed')")
        try preview.save(Self.lesson())
        try preview.waitForRun(1)
        #expect(try [preview.output(1), preview.output(2), preview.output(3)] == ["10", "20", "21"])
        #expect(
            try preview.browser.evaluate("document.getElementById('lesson-preview-bar').textContent") as? String == "")
        let styled = try preview.browser.evaluate("getComputedStyle(document.querySelector('pre.code')).fontFamily")
        #expect((styled as? String)?.contains("mono") == true, "the page's own style applies")
    }

    @Test func ofTwoQuickSavesTheSecondIsShown() throws {
        let preview = try Preview()
        try preview.save(Self.lesson(middle: "let doubled = base * 5\ndoubled"))
        try preview.save(Self.lesson(middle: "let doubled = base * 6\ndoubled", last: "doubled + 200"))
        try preview.browser.waitUntil("document.querySelector('#cell-3 pre.output')?.textContent === '260'")
        try preview.browser.waitUntil(
            "document.documentElement.dataset.previewFinished === document.documentElement.dataset.previewRevision")
        usleep(300_000)
        #expect(try [preview.output(2), preview.output(3)] == ["60", "260"])
    }

    @Test func aRunningFitShowsItsProgress() throws {
        let training = """
            let xs = randn([20000, 10])
            let ys = (xs[..., 0] > 0).float().unsqueeze(1)
            let train = DataLoader(Array(zip(xs, ys)), batchSize: 10)
            func loss(_ predictions: Tensor, _ targets: Tensor) -> Tensor { mseLoss(predictions, targets) }
            let learn = Learner(DataLoaders(train, train), Linear(10, 1), lossFunc: loss)
            learn.fit(3, lr: 0.1)
            """
        let preview = try Preview(Self.lesson(middle: training, last: "learn.recorder.values.count"), waitForRun: false)
        try preview.browser.waitUntil("document.querySelector('#cell-2 .preview-progress progress')?.value > 0")
        let label = try preview.browser.evaluate("document.querySelector('#cell-2 .preview-progress span').textContent")
        #expect((label as? String)?.hasPrefix("epoch") == true)
        try preview.waitForRun(1)
        #expect(try preview.output(3) == "3")
        #expect(try preview.browser.evaluate("document.querySelector('.preview-progress') === null") as? Bool == true)
    }

    @Test func aFolderIsServedAsAnIndexOfItsLessons() throws {
        let scratch = try Scratch()
        try Self.lesson().write(toFile: scratch.path + "/one.md", atomically: true, encoding: .utf8)
        try Self.lesson(prose: "Two.").write(toFile: scratch.path + "/two.md", atomically: true, encoding: .utf8)
        let server = try PreviewServerProcess(["."], in: scratch.path)
        defer { server.stop() }
        let browser = try DevTools(profile: scratch.path + "/profile")
        try browser.open(server.url)
        try browser.waitUntil("document.querySelectorAll('.index-list li').length === 2")
        let text = try browser.evaluate("document.body.textContent") as? String
        #expect(text?.contains("2 lessons, 2 not run yet.") == true)
        try browser.open(server.url + "two.html")
        try browser.waitUntil("window.lessonPreview?.finished >= 1")
        #expect(try browser.evaluate("document.body.textContent.includes('Two.')") as? Bool == true)
    }
}
