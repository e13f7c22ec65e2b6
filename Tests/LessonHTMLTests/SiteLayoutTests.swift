import Foundation
import Testing

@testable import LessonHTML

struct SiteLayoutTests {
    @Test func pagesMirrorTheLessonsFolders() {
        #expect(SiteLayout.pagePath(forLesson: "lessons/basics/pixels.md") == "lessons/basics/pixels.html")
        #expect(SiteLayout.pagePath(forLesson: "./notes.md") == "notes.html")
        #expect(SiteLayout.pagePath(forLesson: "../up/x.md") == "up/x.html")
        #expect(SiteLayout.indexLink(fromPage: "lessons/basics/pixels.html") == "../../index.html")
        #expect(SiteLayout.indexLink(fromPage: "notes.html") == "index.html")
    }

    @Test func writingCreatesFoldersAndCheckingFindsStalePages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            OutputFile(path: "index.html", text: "<p>i</p>"), OutputFile(path: "a/b/c.html", text: "<p>c</p>"),
        ]
        #expect(SiteLayout.staleFiles(files, in: folder) == ["index.html", "a/b/c.html"])
        #expect(try SiteLayout.write(files, into: folder) == ["index.html", "a/b/c.html"])
        #expect(try String(contentsOfFile: folder + "/a/b/c.html", encoding: .utf8) == "<p>c</p>")
        #expect(SiteLayout.staleFiles(files, in: folder).isEmpty)
        #expect(try SiteLayout.write(files, into: folder).isEmpty)
        let changed = [OutputFile(path: "a/b/c.html", text: "<p>new</p>")]
        #expect(SiteLayout.staleFiles(changed, in: folder) == ["a/b/c.html"])
    }

    @Test func unwritableFoldersAreNamed() {
        #expect(throws: SiteError.self) {
            try SiteLayout.write([OutputFile(path: "x.html", text: "")], into: "/proc/no-such-place")
        }
    }
}
