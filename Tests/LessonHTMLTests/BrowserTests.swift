import Foundation
import LessonDocument
import PNGCodec
import Testing

@testable import LessonHTML

/// The sample page in a real browser: headless Chromium loads it from disk, its DOM holds the pixel tables,
/// the PNG images and the plots, and a screenshot shows the pictures (viridis' purple and yellow, drawn only by
/// a decoded image) on a page that is not blank. Skipped when `chromium` is not installed (`.ci/run` installs
/// it through `scripts/install-system-packages`).
struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed"), .timeLimit(.minutes(3)))
    func pageLoadsAndDrawsInChromium() throws {
        // LESSON_BROWSER_ARTIFACTS=DIR keeps the page and the screenshot there, to look at.
        let kept = ProcessInfo.processInfo.environment["LESSON_BROWSER_ARTIFACTS"]
        let folder =
            kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let lesson = Lesson(
            text: SampleLesson.text
                + "\n```swift\nshowImage(tensor([[0.0, 1.0], [1.0, 0.0]]), cmap: \"viridis\")\n```\n")
        let page = LessonPage(lesson: lesson, path: "sample.md", cells: SampleLesson.run(lesson))
        let pagePath = folder.appendingPathComponent("sample.html").path
        try SiteLayout.write([OutputFile(path: "sample.html", text: page.html)], into: folder.path)

        let dom = try Self.runChromium(["--dump-dom", "file://" + pagePath], folder: folder)
        #expect(dom.contains("<table class=\"pixels\" style=\"font-size:6pt\">"))
        #expect(dom.components(separatedBy: "<img class=\"pixelated\" src=\"data:image/png;base64,").count - 1 == 11)
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(dom.contains("<h1 id=\"pixel-similarity\">Pixel similarity</h1>"))

        let screenshot = folder.appendingPathComponent("shot.png").path
        _ = try Self.runChromium(
            ["--screenshot=" + screenshot, "--window-size=1280,9000", "--hide-scrollbars", "file://" + pagePath],
            folder: folder)
        let image = try PNGImage(contentsOfFile: screenshot)
        var colours = Set<UInt32>()
        var purple = false
        var yellow = false
        let channels = image.channels
        for offset in stride(from: 0, to: image.pixels.count, by: channels) {
            let (r, g, b) = (image.pixels[offset], image.pixels[offset + 1], image.pixels[offset + 2])
            colours.insert(UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b))
            if (r, g, b) == (68, 1, 84) { purple = true }
            if (r, g, b) == (253, 231, 36) { yellow = true }
        }
        #expect(colours.count > 50, "a blank screenshot has very few colours")
        #expect(purple && yellow, "the viridis image was not drawn")
    }

    /// Runs headless Chromium with `arguments` and returns its standard output.
    static func runChromium(_ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments =
            [
                "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
