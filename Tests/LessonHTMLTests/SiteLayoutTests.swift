import Foundation
import LessonDisplay
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

    @Test func lessonsWhosePagesWouldBeAnothersAreFound() {
        #expect(SiteLayout.pageConflicts(forLessons: ["../other/l.md", "other/l.md", "x.md"]) == [1: "../other/l.md"])
        #expect(SiteLayout.pageConflicts(forLessons: ["a/index.md", "index.md"]) == [1: "index.html"])
        #expect(SiteLayout.pageConflicts(forLessons: ["l.md", "./l.md"]) == [1: String?.none])
        #expect(SiteLayout.pageConflicts(forLessons: ["a.md", "b.md"]).isEmpty)
    }

    @Test func pageLinksArePercentEncoded() {
        #expect(SiteLayout.link(toPage: "notes/basics.html") == "notes/basics.html")
        #expect(SiteLayout.link(toPage: "a #1?.html") == "a%20%231%3F.html")
        #expect(SiteLayout.link(toPage: "c:x/100%.html") == "c%3Ax/100%25.html")
        #expect(SiteLayout.link(toPage: "café.html") == "caf%C3%A9.html")
        let index = IndexPage(entries: [
            IndexEntry(title: "T", link: "a&b #.html", lessonPath: "a&b #.md", failedCells: 0)
        ])
        #expect(index.html.contains("<a href=\"a&amp;b%20%23.html\">"))
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

    @Test func trainingTimesDoNotMakeAPageStaleButItsNumbersDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func page(loss: String, time: String) -> [OutputFile] {
            let table = TrainingTable(columns: ["epoch", "train_loss", "time"], rows: [["0", loss, time]])
            return [OutputFile(path: "l.html", text: "<p>fit</p>\n" + TableHTML.html(table) + "<p>end</p>")]
        }
        _ = try SiteLayout.write(page(loss: "0.519260", time: "00:01"), into: folder)
        #expect(SiteLayout.staleFiles(page(loss: "0.519260", time: "00:00"), in: folder).isEmpty)
        #expect(SiteLayout.staleFiles(page(loss: "0.519261", time: "00:01"), in: folder) == ["l.html"])
        #expect(
            TableHTML.html(TrainingTable(columns: ["epoch", "time"], rows: [["0", "00:01"]]))
                .contains("<tr><td>0</td><td class=\"time\">00:01</td></tr>"))
        #expect(
            TrainingTimes.masked(Array("a<td class=\"time\">12:34</td>b".utf8))
                == Array("a<td class=\"time\"></td>b".utf8))
        #expect(TrainingTimes.masked(Array("a<td class=\"time\">unclosed".utf8)) == Array("a<td class=\"time\">".utf8))
    }

    @Test func unwritableFoldersAreNamedWithTheReason() {
        #expect(
            throws: SiteError(
                path: "/proc/no-such-place", reason: "cannot create the folder: No such file or directory")
        ) {
            try SiteLayout.write([OutputFile(path: "x.html", text: "")], into: "/proc/no-such-place")
        }
        #expect(
            SiteError(path: "out/x.html", reason: "cannot replace: the file is read-only").description
                == "out/x.html: error: cannot replace: the file is read-only")
    }
}
